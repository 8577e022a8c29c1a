// Fuzz worker (a child process, so a native crash or a hang is seen by the parent): each case is
// written to a file and opened the way the app opens it (DocumentService.open) and the way
// `cjm info` does (the command itself, in-process). One line per case on stdout.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DocumentService } from '../../electron/services/documents.ts';
import { run } from '../../electron/cli/run.ts';
import { listVersions, readVersion } from '../../electron/services/versions.ts';
import { ApiError, ERROR_CODES } from '../../shared/api.ts';
import { parseDocument } from '../../shared/validate.ts';
import type { JourneyDoc } from '../../shared/model.ts';
import { isDeepStrictEqual } from 'node:util';
import { brokenInvariants } from '../unit/ops/properties.ts';
import { mutatedFile, seeds } from './mutate.ts';

const [runSeed, from, to] = process.argv.slice(2).map(Number) as [number, number, number];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-fuzz-'));
const documents = new DocumentService({ userDataDir: dir, appVersion: 'fuzz' });
const allSeeds = seeds();

/** `cjm info`, in-process, with its output captured. */
async function info(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const writes = [process.stdout.write, process.stderr.write];
  process.stdout.write = ((chunk: string) => ((out.stdout += chunk), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => ((out.stderr += chunk), true)) as typeof process.stderr.write;
  try {
    return { code: await run(['info', file], documents.parser), ...out };
  } finally {
    [process.stdout.write, process.stderr.write] = writes as [typeof process.stdout.write, typeof process.stderr.write];
  }
}

/** The versions panel of a file that opened: listing and previewing each gives a version or a clear error. */
async function checkVersions(file: string, n: number): Promise<string | undefined> {
  let list: ReturnType<typeof listVersions>;
  try {
    list = listVersions(file);
  } catch (error) {
    return error instanceof ApiError && error.message.startsWith(`case-${n}.cjm`) ? undefined : `listing versions threw ${String(error)}`;
  }
  for (const version of list) {
    if (typeof version.id !== 'string' || typeof version.name !== 'string') return `a listed version is not well formed: ${JSON.stringify(version).slice(0, 200)}`;
    try {
      const { doc } = readVersion(file, version.id);
      const broken = brokenInvariants(parseDocument(doc));
      if (broken.length > 0) return `a version opened inconsistent: ${broken[0]}`;
    } catch (error) {
      if (!(error instanceof ApiError) || !error.message.startsWith(`case-${n}.cjm`)) return `opening a version threw ${String(error)}`;
    }
  }
  return undefined;
}

function firstDifference(a: JourneyDoc, b: JourneyDoc): string {
  for (const key of Object.keys(b) as (keyof JourneyDoc)[]) {
    if (!isDeepStrictEqual(a[key], b[key])) return `${key} differs`;
  }
  return 'fields differ';
}

async function fuzzCase(n: number): Promise<string> {
  const { bytes, how } = mutatedFile(allSeeds, runSeed, n);
  const file = path.join(dir, `case-${n}.cjm`);
  fs.writeFileSync(file, bytes);
  const before = fs.readFileSync(file);
  let opened: string;
  let saveCheck: JourneyDoc | undefined;
  try {
    const { doc, problems } = await documents.open(file);
    parseDocument(doc);
    const broken = brokenInvariants(doc);
    if (broken.length > 0) return `bad ${how} opened an inconsistent map: ${broken[0]}`;
    opened = problems.length > 0 ? 'repaired' : 'opened';
    const versions = await checkVersions(file, n);
    if (versions) return `bad ${how} ${versions}`;
    saveCheck = doc;
  } catch (error) {
    if (!(error instanceof ApiError) || !ERROR_CODES.includes(error.code)) return `bad ${how} open threw ${String(error)}`;
    if (!error.message.startsWith(`case-${n}.cjm`)) return `bad ${how} open's message does not name the file: ${error.message}`;
    opened = `refused:${error.code}`;
  }
  const cli = await info(file);
  const stderrLines = cli.stderr.split('\n').filter(Boolean);
  if (cli.code === 0 && opened.startsWith('refused')) return `bad ${how} cjm info read what open refused`;
  if (cli.code === 1 && (stderrLines.length !== 1 || cli.stderr.includes('unexpected error'))) return `bad ${how} cjm info said: ${cli.stderr.slice(0, 300)}`;
  if (cli.code !== 0 && cli.code !== 1) return `bad ${how} cjm info exited ${cli.code}`;
  if (cli.code === 0) JSON.parse(cli.stdout);
  if (!fs.readFileSync(file).equals(before)) return `bad ${how} opening changed the file`;
  if (saveCheck) {
    // What the file's own SQL could have done on a save: the saved records must be exactly the editor's.
    const edited = { ...saveCheck, map: { ...saveCheck.map, title: 'saved by the fuzzer' } };
    try {
      await documents.save(file, edited);
      const reread = await documents.open(file);
      if (!isDeepStrictEqual(reread.doc, edited)) return `bad ${how} a save changed the map: ${firstDifference(reread.doc, edited)}`;
    } catch (error) {
      return `bad ${how} saving an opened map failed: ${String(error)}`;
    }
  }
  fs.rmSync(file);
  return `ok ${how} ${opened}`;
}

for (let n = from; n < to; n++) {
  let outcome: string;
  try {
    outcome = await fuzzCase(n);
  } catch (error) {
    outcome = `bad threw ${String(error)}`;
  }
  fs.writeSync(1, `${n} ${outcome.replaceAll('\n', ' ')}\n`);
}
documents.dispose();
fs.rmSync(dir, { recursive: true, force: true });

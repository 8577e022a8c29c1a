// `cjm import` (a Mermaid journey → a new .cjm) and `cjm export --format mermaid` (a map → .mmd).
// Mermaid holds less than a map: what an export leaves out is said on stderr, in English.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ApiError } from '../../shared/api.ts';
import en from '../../shared/locales/en.json' with { type: 'json' };
import { mapToMermaid, type LeftOut } from '../../shared/mermaid/fromMap.ts';
import { writeFileAtomic } from '../services/atomicFile.ts';
import { ioFailure } from '../services/projectFile.ts';
import type { OpenMap } from './run.ts';
import { UsageError } from './usage.ts';

export const MERMAID_USAGE = `cjm export <in.cjm|.png|.pdf|.html> --format mermaid --out <file.mmd> [--force]`;

/** Whether `cjm export …` asks for Mermaid: --format mermaid, or no --format and an .mmd output. */
export function asksForMermaid(args: string[]): boolean {
  const at = args.findIndex((a) => a === '--format' || a.startsWith('--format='));
  if (at >= 0) return (args[at] === '--format' ? args[at + 1] : args[at]?.slice('--format='.length)) === 'mermaid';
  const out = args.findIndex((a) => a === '--out' || a.startsWith('--out='));
  const file = out < 0 ? undefined : args[out] === '--out' ? args[out + 1] : args[out]?.slice('--out='.length);
  return file !== undefined && path.extname(file).toLowerCase() === '.mmd';
}

const leftOutLine = ({ kind, count }: LeftOut) => en.mermaid.leftOut[`${kind}_${count === 1 ? 'one' : 'other'}`].replace('{{count}}', String(count));

function outFile(value: string | undefined, extension: string, force: boolean | undefined): string {
  if (!value) throw new UsageError('needs --out <file>');
  const out = path.resolve(value);
  if (path.extname(out).toLowerCase() !== extension) throw new UsageError(`the output file must end in ${extension}`);
  if (fs.existsSync(out) && !force) throw new ApiError({ code: 'io', message: `${path.basename(out)}: already exists (use --force to replace it)` });
  return out;
}

export async function commandMermaidExport(args: string[], open: OpenMap): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { format: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError('cjm export takes one input file');
  const out = outFile(values.out, '.mmd', values.force);
  const { doc } = await open(path.resolve(positionals[0] as string));
  const { text, leftOut } = mapToMermaid(doc);
  try {
    writeFileAtomic(out, Buffer.from(text, 'utf8'), { createFolder: false });
  } catch (error) {
    ioFailure(out, error);
  }
  if (leftOut.length > 0) process.stderr.write(`cjm: Mermaid cannot carry the rest of the map, which was left out: ${leftOut.map(leftOutLine).join('; ')}\n`);
  process.stdout.write(`${out} (${Object.keys(doc.stages).length} sections, ${Object.keys(doc.scenes).length} tasks)\n`);
}


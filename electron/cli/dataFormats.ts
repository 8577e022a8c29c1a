// `cjm export --format json|xlsx|csv` and `cjm import`: the map as data rather than a picture. Import reads
// a file the way the app opens it (in the parse process, within its limits) and writes a .cjm.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import { ApiError } from '../../shared/api.ts';
import { mapToJson } from '../../shared/jsonMap.ts';
import en from '../../shared/locales/en.json' with { type: 'json' };
import type { LeftOut } from '../../shared/sheet/fromMap.ts';
import { writeFileAtomic } from '../services/atomicFile.ts';
import { ioFailure, writeProject } from '../services/projectFile.ts';
import type { OpenMap } from './run.ts';
import { UsageError } from './usage.ts';

/** Formats `cjm export` writes as data, by their --format name. */
export const DATA_FORMATS = ['json', 'xlsx', 'csv'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

/** What `cjm import` reads: everything the app opens as a new map. */
const IMPORTABLE = ['.json', '.xlsx', '.csv', '.mmd', '.md', '.png', '.pdf', '.html'];
export const IMPORT_USAGE = `cjm import <in${IMPORTABLE.join('|')}> --out <map.cjm> [--force]`;
export const DATA_EXPORT_USAGE = `cjm export <in.cjm|.png|.pdf|.html> --format ${DATA_FORMATS.join('|')} --out <file> [--force]`;

/**
 * The data format an export asks for (by --format, else by the output's extension), or null for
 * a picture or a --content other than the map (`--content actions --format csv` is the pain
 * points' action list, not the map as a spreadsheet).
 */
export function dataFormatOf(args: string[]): DataFormat | null {
  const { values } = parseArgs({ args, options: { format: { type: 'string' }, out: { type: 'string' }, content: { type: 'string' } }, allowPositionals: true, strict: false });
  if (values.content !== undefined && values.content !== 'map') return null;
  const asked = typeof values.format === 'string' ? values.format : typeof values.out === 'string' ? path.extname(values.out).slice(1).toLowerCase() : '';
  return (DATA_FORMATS as readonly string[]).includes(asked) ? (asked as DataFormat) : null;
}

const leftOutLine = ({ kind, count }: LeftOut): string => {
  const words = en.sheet.leftOut as Record<string, string>;
  return (words[`${kind}_${count === 1 ? 'one' : 'other'}`] ?? words[kind] ?? kind).replace('{{count}}', String(count));
};

function refuseExisting(out: string, force: boolean | undefined): void {
  if (fs.existsSync(out) && !force) throw new ApiError({ code: 'io', message: `${path.basename(out)}: already exists (use --force to replace it)` });
}

export async function commandDataExport(args: string[], format: DataFormat, open: OpenMap): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { format: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError('cjm export takes one input file');
  if (!values.out) throw new UsageError('cjm export needs --out <file>');
  const out = path.resolve(values.out);
  if (path.extname(out).toLowerCase() !== `.${format}`) throw new UsageError(`the output file must end in .${format}`);
  refuseExisting(out, values.force);
  const { doc } = await open(path.resolve(positionals[0] as string));
  const { bytes, leftOut } = format === 'json' ? { bytes: Buffer.from(mapToJson(doc), 'utf8'), leftOut: [] } : await (await import('../services/sheets/sheetFile.ts')).sheetBytes(doc, format);
  try {
    writeFileAtomic(out, bytes, { createFolder: false });
  } catch (error) {
    ioFailure(out, error);
  }
  if (leftOut.length > 0) process.stderr.write(`cjm: a spreadsheet cannot carry the rest of the map, which was left out: ${leftOut.map(leftOutLine).join('; ')}\n`);
  process.stdout.write(`${out} (${Object.keys(doc.cards).length} cards)\n`);
}

/** Opens what the app opens as a new map (JSON, a spreadsheet, a Mermaid journey, an exported PNG or PDF) and saves it as a .cjm; problems go to stderr. */
export async function commandImport(args: string[], open: OpenMap): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { out: { type: 'string' }, force: { type: 'boolean' } }, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError('cjm import takes one input file');
  const input = path.resolve(positionals[0] as string);
  if (!IMPORTABLE.includes(path.extname(input).toLowerCase())) throw new UsageError(`cjm import reads ${IMPORTABLE.join(', ')} files`);
  if (!values.out) throw new UsageError('cjm import needs --out <map.cjm>');
  const out = path.resolve(values.out);
  if (path.extname(out).toLowerCase() !== '.cjm') throw new UsageError('the output file must end in .cjm');
  refuseExisting(out, values.force);
  const { doc, problems } = await open(input);
  writeProject(out, doc, { appVersion: pkg.version });
  for (const problem of problems) process.stderr.write(`cjm: note: ${problem}\n`);
  const count = (records: object) => Object.keys(records).length;
  process.stdout.write(`${out} (${count(doc.stages)} stages, ${count(doc.scenes)} scenes, ${count(doc.personas)} personas)\n`);
}

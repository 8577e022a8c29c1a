// The `cjm` command's commands (main.ts runs them): create, inspect, import (Mermaid) and export
// journey map files without the app. Exit codes: 0 success, 1 a bad file (one line on stderr), 2 wrong usage.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import { ApiError, TEMPLATES, type TemplateName } from '../../shared/api.ts';
import { LOCALES, type JourneyDoc, type Locale } from '../../shared/model.ts';
import { isoDay } from '../../shared/painLoop.ts';
import { summarize } from '../../shared/summary.ts';
import { createDocument } from '../../shared/templates.ts';
import type { ImageList } from '../services/imageStore.ts';
import { hasOurHeader, writeProject } from '../services/projectFile.ts';
import { nodeParseChild } from '../services/parser/nodeChild.ts';
import { Parser } from '../services/parser/parser.ts';
import { commandExport, EXPORT_USAGE } from './export.ts';
import { commandDataExport, commandImport, dataFormatOf, DATA_EXPORT_USAGE, IMPORT_USAGE } from './dataFormats.ts';
import { asksForMermaid, commandMermaidExport, MERMAID_USAGE } from './mermaid.ts';
import { oneOf, UsageError } from './usage.ts';

const USAGE = `usage:
  cjm new <out.cjm> [--template ${TEMPLATES.join('|')}] [--lang ${LOCALES.join('|')}] [--force]
  cjm info <file.cjm|.png|.pdf|.html>
  ${EXPORT_USAGE}
  ${DATA_EXPORT_USAGE}
  ${MERMAID_USAGE}
  ${IMPORT_USAGE}`;

function commandNew(args: string[]): void {
  const { values, positionals } = parseArgs({
    args,
    options: { template: { type: 'string' }, lang: { type: 'string' }, force: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError('cjm new takes one output file');
  const out = path.resolve(positionals[0] as string);
  if (path.extname(out).toLowerCase() !== '.cjm') throw new UsageError('the output file must end in .cjm');
  const template = oneOf<TemplateName>(values.template, TEMPLATES, '--template', 'blank');
  const lang = oneOf<Locale>(values.lang, LOCALES, '--lang', 'zh-CN');
  if (fs.existsSync(out) && !values.force) {
    throw new ApiError({ code: 'io', message: `${path.basename(out)}: already exists (use --force to replace it)` });
  }
  writeProject(out, createDocument(template, lang), { appVersion: pkg.version });
  process.stdout.write(`${out}\n`);
}

/** Opens a map (or an exported PNG/PDF) the way the app does: in the parse process, within its limits. */
export type OpenMap = (file: string) => Promise<{ doc: JourneyDoc; problems: string[] }>;

/** YYYY-MM-DD on this computer's calendar: what "overdue" means to the person asking. */
export const localDate = isoDay;

/** The images stored in a .cjm, without their bytes (a map carried by a PNG or PDF has none). */
export type ListImages = (file: string) => Promise<ImageList>;

/** The size of a .cjm's thumbnail (null: it has none, or one that does not check out). */
export type ReadThumbnail = (file: string) => Promise<{ width: number; height: number; bytes: number } | null>;

async function commandInfo(args: string[], open: OpenMap, listImages: ListImages, readThumbnail: ReadThumbnail): Promise<void> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError('cjm info takes one file');
  const file = path.resolve(positionals[0] as string);
  const { doc, problems } = await open(file);
  const stored = hasOurHeader(file) ? await listImages(file) : { images: [], damaged: [], totalBytes: 0 };
  const images = {
    count: stored.images.length,
    totalBytes: stored.totalBytes,
    damaged: stored.damaged,
    list: stored.images.map(({ id, mime, width, height, size }) => ({ id, mime, width, height, size })),
  };
  const thumbnail = hasOurHeader(file) ? await readThumbnail(file) : null;
  const summary = { ...summarize(doc, localDate(new Date())), images, thumbnail };
  process.stdout.write(`${JSON.stringify(problems.length > 0 ? { ...summary, problems } : summary, null, 2)}\n`);
}

/** Runs one command; `parser` reads the files (the fuzzer passes its own, kept warm between cases). */
export async function run(argv: string[], parser?: Parser): Promise<number> {
  const [command, ...rest] = argv;
  const reader = parser ?? new Parser({ spawn: () => nodeParseChild() });
  const open: OpenMap = (file) => reader.run({ job: 'open', file });
  try {
    if (command === 'new') commandNew(rest);
    else if (command === 'info') await commandInfo(rest, open, (file) => reader.run({ job: 'images', file }), (file) => reader.run({ job: 'thumbnail', file }));
    else if (command === 'export' && asksForMermaid(rest)) await commandMermaidExport(rest, open);
    else if (command === 'export') {
      const data = dataFormatOf(rest);
      if (data) await commandDataExport(rest, data, open);
      else await commandExport(rest, open, (file, id) => reader.run({ job: 'image', file, id }));
    } else if (command === 'import') await commandImport(rest, open);
    else if (command === '--version') process.stdout.write(`${pkg.version}\n`);
    else if (command === undefined || command === '--help' || command === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    } else throw new UsageError(`unknown command '${command}'`);
    return 0;
  } catch (error) {
    if (error instanceof ApiError) {
      process.stderr.write(`cjm: ${error.message.replaceAll(/\s*\n\s*/g, ' ')}\n`);
      return 1;
    }
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (usage) {
      process.stderr.write(`cjm: ${(error as Error).message}\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`cjm: unexpected error: ${(error as Error).message.replaceAll(/\s*\n\s*/g, ' ')}\n`);
    return 1;
  } finally {
    if (!parser) reader.dispose();
  }
}


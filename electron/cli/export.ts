// `cjm export`: a map (or an exported PNG/PDF/HTML) to PDF, PNG, SVG, PPTX or HTML without the app, with the
// same options as the export dialog: the map itself, its opportunity matrix (--content matrix)
// or its service action handbook (--format handbook, a PDF). Progress goes to stderr.
import { findView, viewChoice, viewsOf } from '../../shared/views.ts';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import { ApiError } from '../../shared/api.ts';
import {
  EXPORT_CONTENTS,
  EXPORT_FORMATS,
  MAP_FORMATS,
  ExportOptionsSchema,
  PAGE_SIZE_NAMES,
  scaleForDpi,
  type ExportContent,
  type ExportFormat,
  type ExportOptions,
  type ExportOptionsInput,
} from '../../shared/export/options.ts';
import type { EmbeddedImage } from '../../shared/export/embeddedImage.ts';
import { exportedDocument } from '../../shared/export/svg.ts';
import { imageIdsOf } from '../../shared/imageRefs.ts';
import type { JourneyDoc } from '../../shared/model.ts';
import { sortOrdered } from '../../shared/order.ts';
import { openChromiumHost } from '../services/export/chromiumHost.ts';
import { exportMap } from '../services/export/exporter.ts';
import { readViewerBundle } from '../services/export/viewerBundle.ts';
import { writeFileAtomic } from '../services/atomicFile.ts';
import { ioFailure } from '../services/projectFile.ts';
import type { StoredImage } from '../services/imageStore.ts';
import { hasOurHeader } from '../services/projectFile.ts';
import type { OpenMap } from './run.ts';
import { oneOf, UsageError } from './usage.ts';

export const EXPORT_USAGE = `cjm export <in.cjm|.png|.pdf|.html> --format ${MAP_FORMATS.join('|')} --out <file>
      [--content ${EXPORT_CONTENTS.join('|')}]
      [--page ${PAGE_SIZE_NAMES.join('|')}|<width>x<height>mm] [--landscape|--portrait] [--margin <mm>]
      [--tile [--overlap <mm>]] [--scale <1|2|4…> | --dpi <dpi>] [--background white|transparent]
      [--view <name>] [--stages <id or title>,…] [--lanes <id or title>,…] [--logo <png|jpg>] [--date <text>] [--comments] [--force]
      (--comments: include the review comments; --format html: one page that opens in any browser, offline)
      (--view: one of the map's views, its stages, lanes and curves; --stages and --lanes then narrow it)
  cjm export <in.cjm|.png|.pdf|.html> --format handbook [--role <name>|all] --out <file.pdf> [--force]
  cjm export <in.cjm|.png|.pdf|.html> --content actions --format pdf|csv --out <file> [--stages <id or title>,…] [--date <text>]
      (the pain points' action list: owner, due, status, pain point, scene, plan)`;

/** `--format handbook` is short for the handbook's content as a PDF. */
const FORMAT_FLAGS = [...EXPORT_FORMATS, 'handbook'] as const;

function number(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) throw new UsageError(`${flag} takes a number, not '${value}'`);
  return parsed;
}

/** Stages or lanes named by id or by title (either language's exact title, any case). */
function pick(list: string | undefined, records: { id: string; title: string }[], flag: string): string[] | undefined {
  if (list === undefined) return undefined;
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((wanted) => {
      const found = records.find((r) => r.id === wanted || r.title.toLowerCase() === wanted.toLowerCase());
      if (!found) throw new UsageError(`${flag}: no '${wanted}' in this map; it has: ${records.map((r) => `${r.title} (${r.id})`).join(', ')}`);
      return found.id;
    });
}

function pageSize(value: string | undefined): ExportOptions['page']['size'] {
  if (value === undefined) return 'A3';
  const named = PAGE_SIZE_NAMES.find((name) => name.toLowerCase() === value.toLowerCase());
  if (named) return named;
  const custom = /^(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)(mm)?$/i.exec(value);
  if (custom) return { width: Number(custom[1]), height: Number(custom[2]) };
  throw new UsageError(`--page must be one of ${PAGE_SIZE_NAMES.join(', ')} or <width>x<height>mm, not '${value}'`);
}

function logo(file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  const ext = path.extname(file).toLowerCase();
  const type = ext === '.png' ? 'png' : ext === '.jpg' || ext === '.jpeg' ? 'jpeg' : null;
  if (!type) throw new UsageError('--logo takes a .png or .jpg file');
  try {
    return `data:image/${type};base64,${fs.readFileSync(file).toString('base64')}`;
  } catch (error) {
    throw new ApiError({ code: 'io', message: `${path.basename(file)}: the logo cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
  }
}

function progressPrinter(): (p: { done: number; total: number }) => void {
  let shown = -1;
  return ({ done, total }) => {
    const percent = Math.floor((100 * done) / Math.max(1, total));
    if (percent === shown) return;
    shown = percent;
    process.stderr.write(`cjm: exporting… ${percent}%\n`);
  };
}

const FLAGS = {
  format: { type: 'string' },
  content: { type: 'string' },
  role: { type: 'string' },
  out: { type: 'string' },
  page: { type: 'string' },
  landscape: { type: 'boolean' },
  portrait: { type: 'boolean' },
  margin: { type: 'string' },
  tile: { type: 'boolean' },
  overlap: { type: 'string' },
  scale: { type: 'string' },
  dpi: { type: 'string' },
  background: { type: 'string' },
  stages: { type: 'string' },
  lanes: { type: 'string' },
  view: { type: 'string' },
  logo: { type: 'string' },
  date: { type: 'string' },
  comments: { type: 'boolean' },
  force: { type: 'boolean' },
  quiet: { type: 'boolean' },
} as const;

export interface ExportFlags {
  input: string;
  out: string;
  content: ExportContent;
  format: ExportFormat;
  values: ReturnType<typeof parseArgs<{ args: string[]; options: typeof FLAGS; allowPositionals: true }>>['values'];
}

/** The command line read and checked, before any file is touched. */
export function parseExportFlags(args: string[]): ExportFlags {
  const { values, positionals } = parseArgs({ args, options: FLAGS, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError('cjm export takes one input file');
  if (!values.out) throw new UsageError('cjm export needs --out <file>');
  if (values.landscape && values.portrait) throw new UsageError('choose --landscape or --portrait, not both');
  if (values.scale !== undefined && values.dpi !== undefined) throw new UsageError('choose --scale or --dpi, not both');
  const out = path.resolve(values.out);
  const asked = oneOf(values.format ?? path.extname(out).slice(1).toLowerCase(), FORMAT_FLAGS, '--format', 'pdf');
  const content = oneOf<ExportContent>(values.content, EXPORT_CONTENTS, '--content', asked === 'handbook' ? 'handbook' : 'map');
  if (asked === 'handbook' && content !== 'handbook') throw new UsageError(`--format handbook exports the handbook, not --content ${content}`);
  const format: ExportFormat = asked === 'handbook' ? 'pdf' : asked;
  if (content === 'handbook' && format !== 'pdf') throw new UsageError('the service action handbook is exported as PDF only: use --format handbook --out <file.pdf>');
  if (values.role !== undefined && content !== 'handbook') throw new UsageError('--role chooses whose service action handbook to export: use it with --format handbook');
  if (path.extname(out).toLowerCase() !== `.${format}`) throw new UsageError(`the output file must end in .${format}`);
  return { input: path.resolve(positionals[0] as string), out, content, format, values };
}

/** The export's options for this map (stages and lanes are named by id or title), checked by the one schema. */
export function exportOptionsOf({ content, format, values }: ExportFlags, doc: JourneyDoc): ExportOptions {
  const dpi = number(values.dpi, '--dpi');
  // --role all (any case) is every role, as when it is left out.
  const role = values.role?.trim().toLowerCase() === 'all' ? undefined : values.role;
  if (role !== undefined && !role.trim()) throw new UsageError('--role takes a role name, or all');
  const view = values.view === undefined ? undefined : findView(doc, values.view);
  if (values.view !== undefined && !view) {
    const names = viewsOf(doc).map((v) => `'${v.name}'`);
    throw new UsageError(`--view: no view '${values.view}' in this map; ${names.length > 0 ? `it has: ${names.join(', ')}` : 'it has none'}`);
  }
  if (values.comments && content !== 'map') throw new UsageError(`--comments keeps the review comments in a map export, not in --content ${content}`);
  if (view && content !== 'map') throw new UsageError(`--view chooses what a map export shows: use it with --content map, not ${content}`);
  const shown = view ? viewChoice(doc, view) : undefined;
  // Named stages and lanes narrow the view's; those it leaves out stay out.
  const within = (picked: string[] | undefined, viewed: string[] | undefined) => (picked && viewed ? picked.filter((id) => viewed.includes(id)) : (picked ?? viewed));
  const parsed = ExportOptionsSchema.safeParse({
    content,
    format,
    role,
    stages: within(pick(values.stages, sortOrdered(Object.values(doc.stages)), '--stages'), shown?.stages),
    lanes: within(pick(values.lanes, sortOrdered(Object.values(doc.lanes)), '--lanes'), shown?.lanes),
    ...(shown && { curves: shown.curves }),
    background: oneOf(values.background, ['white', 'transparent'] as const, '--background', 'white'),
    page: {
      size: pageSize(values.page),
      landscape: !values.portrait,
      margin: number(values.margin, '--margin'),
      mode: values.tile ? 'tile' : 'fit',
      overlap: number(values.overlap, '--overlap'),
    },
    scale: dpi !== undefined ? scaleForDpi(dpi) : number(values.scale, '--scale'),
    logo: logo(values.logo),
    date: values.date,
    comments: Boolean(values.comments),
  } satisfies ExportOptionsInput);
  if (!parsed.success) {
    throw new UsageError(parsed.error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`).join('; '));
  }
  return parsed.data;
}

/** One stored image of a .cjm, read and checked the way the app reads it. */
export type ReadImage = (file: string, id: string) => Promise<StoredImage>;

/**
 * The originals of the images the export draws, from the file itself (a map carried by a PNG
 * or PDF holds none). One that is missing or damaged is said on stderr and drawn as missing.
 */
async function imagesOf(file: string, doc: JourneyDoc, options: ExportOptions, readImage: ReadImage, quiet: boolean): Promise<Map<string, EmbeddedImage>> {
  const images = new Map<string, EmbeddedImage>();
  if (options.content !== 'map' || !hasOurHeader(file)) return images;
  for (const id of imageIdsOf(exportedDocument(doc, options))) {
    try {
      const { mime, width, height, bytes } = await readImage(file, id);
      images.set(id, { mime, width, height, bytes });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (!quiet) process.stderr.write(`cjm: ${error.message}: drawn as a missing image\n`);
    }
  }
  return images;
}

export async function commandExport(args: string[], open: OpenMap, readImage: ReadImage): Promise<void> {
  const flags = parseExportFlags(args);
  const { out, values } = flags;
  if (fs.existsSync(out) && !values.force) throw new ApiError({ code: 'io', message: `${path.basename(out)}: already exists (use --force to replace it)` });

  const { doc }: { doc: JourneyDoc } = await open(flags.input);
  const options = exportOptionsOf(flags, doc);
  const result = await exportMap(doc, options, {
    openHost: openChromiumHost,
    appVersion: pkg.version,
    onProgress: values.quiet ? undefined : progressPrinter(),
    images: await imagesOf(flags.input, doc, options, readImage, Boolean(values.quiet)),
    // CJM_VIEWER_DIR: a built viewer elsewhere than out/viewer beside the app (a packaged CLI, the tests)
    ...(process.env.CJM_VIEWER_DIR && { viewer: async () => readViewerBundle([path.resolve(process.env.CJM_VIEWER_DIR as string)]) }),
  });
  try {
    writeFileAtomic(out, result.bytes, { createFolder: false });
  } catch (error) {
    ioFailure(out, error);
  }
  const listed = result.rows === undefined ? '' : `${result.rows} pain point${result.rows === 1 ? '' : 's'}`;
  const what = flags.format === 'html' ? `${Math.ceil(result.bytes.length / 1024)} kB` : listed && !result.pages ? listed : result.pages ? `${result.pages} page${result.pages === 1 ? '' : 's'}${listed && `, ${listed}`}` : result.pixelWidth ? `${result.pixelWidth} × ${result.pixelHeight} px` : `${result.width} × ${result.height}`;
  process.stdout.write(`${out} (${what})\n`);
}

// What the user chooses for an export, one schema for the dialog, the IPC request and the
// `cjm export` flags. Validated in main like every other payload.
import { z } from 'zod';
import { MM_PER_CSS_PIXEL, PAGE_SIZES } from './pages.ts';

export const EXPORT_FORMATS = ['pdf', 'png', 'svg', 'csv', 'pptx', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const PAGE_SIZE_NAMES = Object.keys(PAGE_SIZES) as (keyof typeof PAGE_SIZES)[];
/**
 * What is exported: the map itself, the opportunity matrix, the service action handbook (服务动作手册),
 * or the pain points' action list (the pain-point board, for the client).
 */
export const EXPORT_CONTENTS = ['map', 'matrix', 'handbook', 'actions'] as const;
export type ExportContent = (typeof EXPORT_CONTENTS)[number];
/** The formats a picture of the map is written in. */
export const PICTURE_FORMATS = ['pdf', 'png', 'svg'] as const;
const PICTURES = PICTURE_FORMATS;
/** What a map remembers of its last export: a picture, slides (editable PPTX), or an interactive HTML file (a read-only viewer). */
export const MAP_FORMATS = [...PICTURE_FORMATS, 'pptx', 'html'] as const;
/** The formats each content can be written as: a map also as slides or an HTML viewer; a handbook is pages of text, so PDF only; the action list is a table (PDF or CSV). */
export const CONTENT_FORMATS: Record<ExportContent, readonly ExportFormat[]> = { map: MAP_FORMATS, matrix: PICTURES, handbook: ['pdf'], actions: ['pdf', 'csv'] };
export const HANDBOOK_PDF_ONLY = 'the service action handbook is exported as PDF only';

/** PDF pages cannot be larger than 200 inches; 5 m is comfortably inside. */
const PAGE_MM = z.number().min(50).max(5000);
const Id = z.string().min(1).max(200);

export const ExportOptionsSchema = z
  .object({
    content: z.enum(EXPORT_CONTENTS).default('map'),
    format: z.enum(EXPORT_FORMATS),
    /** handbook: the one role it is for (matched case-blind); absent: every role */
    role: z.string().max(200).optional(),
    /** stage ids to include; absent: all */
    stages: z.array(Id).max(10_000).optional(),
    /** lane ids to include; absent: every visible lane */
    lanes: z.array(Id).max(10_000).optional(),
    /** curve ids to draw; absent: every visible curve */
    curves: z.array(Id).max(10_000).optional(),
    /** include review comments (a map export); without it the file shows and carries none */
    comments: z.boolean().default(false),
    background: z.enum(['white', 'transparent']).default('white'),
    page: z
      .object({
        size: z.union([z.enum(PAGE_SIZE_NAMES as [keyof typeof PAGE_SIZES, ...(keyof typeof PAGE_SIZES)[]]), z.object({ width: PAGE_MM, height: PAGE_MM }).strict()]),
        landscape: z.boolean().default(true),
        margin: z.number().min(0).max(100).default(10),
        mode: z.enum(['fit', 'tile']).default('fit'),
        overlap: z.number().min(0).max(50).default(10),
      })
      .strict()
      .default({ size: 'A3', landscape: true, margin: 10, mode: 'fit', overlap: 10 }),
    /** PNG: device pixels per CSS pixel (2 = retina, 300/96 = 300 dpi) */
    scale: z.number().min(0.25).max(16).default(2),
    /** a PNG or JPEG for the title block, as a data: URL */
    logo: z
      .string()
      .max(4_000_000)
      .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/, 'the logo must be a PNG or JPEG image')
      .optional(),
    /** printed in the title block, e.g. 2026-11-23 */
    date: z.string().max(40).optional(),
    /** the action list: the pain-point board's filters (absent: every pain point of the stages) */
    painFilter: z
      .object({ owner: z.string().max(200).optional(), severity: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(), overdue: z.boolean().optional() })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((options, ctx) => {
    if (CONTENT_FORMATS[options.content].includes(options.format)) return;
    const formats = CONTENT_FORMATS[options.content];
    const written = formats.length > 1 ? `${formats.slice(0, -1).join(', ')} or ${formats.at(-1)}` : formats[0];
    const message = options.content === 'handbook' ? HANDBOOK_PDF_ONLY : `the ${options.content} export is written as ${written}, not ${options.format}`;
    ctx.addIssue({ code: 'custom', message, path: ['format'] });
  });

export type ExportOptions = z.infer<typeof ExportOptionsSchema>;
export type ExportOptionsInput = z.input<typeof ExportOptionsSchema>;

/** Scale for a resolution in dots per inch: CSS pixels are 1/96 inch. */
export const scaleForDpi = (dpi: number): number => dpi / 96;

/**
 * The space around an image export, in map pixels: the PDF's page margin at 96 dpi (whole pixels), so a PNG
 * or SVG has the same breathing room as the printed sheet. A PDF gets its margin from the page.
 */
export const imageMargin = (options: Pick<ExportOptions, 'format' | 'page'>): number => (options.format === 'pdf' ? 0 : Math.round(options.page.margin / MM_PER_CSS_PIXEL));

// What an interactive HTML file carries for its viewer (renderer/viewer/): the map as exported,
// the originals of its images, and where it came from. The page holds it as JSON in a data
// block (never run), beside the .cjm that Open… turns back into an editable map.
import type { JourneyDoc } from '../model.ts';

/** The id of the data block the viewer reads, and of the block that carries the .cjm (base64). */
export const VIEWER_DATA_ID = 'cjm-viewer-data';
export const VIEWER_PROJECT_ID = 'cjm-project';
/** The type of the block that carries the .cjm: not JavaScript, so no browser runs it. */
export const VIEWER_PROJECT_TYPE = 'application/vnd.journey-mapper.cjm+base64';
/** Raised when the viewer's needs change in a way an older viewer cannot read. */
export const VIEWER_DATA_VERSION = 1;

export interface ViewerData {
  version: typeof VIEWER_DATA_VERSION;
  /** the map as the export shows it (the chosen stages, lanes and curves; comments only when asked for) */
  doc: JourneyDoc;
  /** image id → data: URL of its original */
  images: Record<string, string>;
  /** the app that wrote the file, e.g. 0.1.0 */
  appVersion: string;
  /** the day the file was written (YYYY-MM-DD): due dates are measured against it */
  today: string;
  /** the date printed in the title block, when the export dialog gave one */
  date?: string;
  /** the logo for the title block (data: URL), when the export dialog gave one */
  logo?: string;
}

/**
 * JSON that cannot end the <script> element it sits in, nor open a comment there: every <, > and
 * & is written as a \u escape (JSON.parse reads them back), and so are U+2028/2029.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

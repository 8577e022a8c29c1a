// The map an HTML file carries, read from its data block. The file may have been edited by hand:
// anything but the shape our exporter writes is refused with a reason, never half shown.
import { COLLECTIONS } from '../../shared/model.ts';
import { VIEWER_DATA_ID, VIEWER_DATA_VERSION, type ViewerData } from '../../shared/export/viewerData.ts';

export type ViewerProblem = 'missing' | 'damaged' | 'tooNew';
export type ReadOutcome = { data: ViewerData } | { problem: ViewerProblem };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function readViewerData(page: Document): ReadOutcome {
  const text = page.getElementById(VIEWER_DATA_ID)?.textContent;
  if (!text) return { problem: 'missing' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: 'damaged' };
  }
  if (!isObject(value) || typeof value.version !== 'number') return { problem: 'damaged' };
  if (value.version > VIEWER_DATA_VERSION) return { problem: 'tooNew' };
  const doc = value.doc;
  if (!isObject(doc) || !isObject(doc.map) || !COLLECTIONS.every((name) => isObject(doc[name]))) return { problem: 'damaged' };
  if (!isObject(value.images) || typeof value.today !== 'string') return { problem: 'damaged' };
  return { data: value as unknown as ViewerData };
}

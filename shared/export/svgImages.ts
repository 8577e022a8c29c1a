// The images of the export SVG: storyboard frames, thumbnail rows and persona photos. Each image
// is defined once (a symbol in <defs>, however many cards show it) and placed with <use>, fitted
// whole on a neutral background and clipped to its box; an image the export lacks is a placeholder.
import { escapeXml } from './svg.ts';

/**
 * How the SVG refers to an image: its href (a data: URL; '' leaves it out, for the exporter to
 * set in the page), or null when there is no such image (a placeholder is drawn).
 */
export type ImageHref = (id: string) => string | null;

const NEUTRAL = '#eef2f6';
const n = (value: number) => Number(value.toFixed(2));

export const imageSymbolId = (id: string) => `image-${id}`;
const MISSING = 'image-missing';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Collects the images a drawing uses, so each is defined once, and numbers the clip paths. */
export class SvgImages {
  readonly #href: ImageHref;
  readonly #used = new Map<string, string | null>();
  #clips = 0;

  constructor(href: ImageHref | undefined) {
    this.#href = href ?? (() => null);
  }

  #resolve(id: string): string | null {
    if (!this.#used.has(id)) this.#used.set(id, this.#href(id));
    return this.#used.get(id) ?? null;
  }

  /** An image fitted whole in `box`, clipped to it (corners rounded by `radius`); a placeholder when missing. */
  place(id: string, box: Box, radius: number, kind: string): string {
    const clip = `clip-${++this.#clips}`;
    const found = this.#resolve(id) !== null;
    const attrs = `x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}"`;
    const clipPath = `<clipPath id="${clip}"><rect ${attrs} rx="${radius}"/></clipPath>`;
    // The clip goes on a group: on the <use> itself it would be moved by the use's x and y.
    if (found) return `${clipPath}<g clip-path="url(#${clip})"><use class="${kind}" data-image-id="${escapeXml(id)}" href="#${imageSymbolId(id)}" ${attrs}/></g>`;
    // The missing image keeps its place: a frame with a picture sign, the size it would have had.
    const mark = Math.min(box.width, box.height) * 0.5;
    return (
      `${clipPath}<rect class="${kind} image-missing" data-image-id="${escapeXml(id)}" ${attrs} rx="${radius}" fill="${NEUTRAL}" stroke="#bcccdc" stroke-dasharray="3 2"/>` +
      `<use href="#${MISSING}" x="${n(box.x + (box.width - mark) / 2)}" y="${n(box.y + (box.height - mark) / 2)}" width="${n(mark)}" height="${n(mark)}"/>`
    );
  }

  /** The "+N" tile of a thumbnail row: how many more images the card holds. */
  more(count: number, box: Box): string {
    return (
      `<rect class="image-more" x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="4" fill="#e4e7eb"/>` +
      `<text x="${n(box.x + box.width / 2)}" y="${n(box.y + box.height / 2 + 4)}" font-size="12" font-weight="600" fill="#52606d" text-anchor="middle">+${count}</text>`
    );
  }

  /** The symbols of the images placed so far (for <defs>). */
  defs(): string {
    const out: string[] = [];
    let missing = false;
    for (const [id, href] of this.#used) {
      if (href === null) {
        missing = true;
        continue;
      }
      // A symbol without a viewBox takes the size <use> gives it, so 100 % is the box.
      out.push(
        `<symbol id="${imageSymbolId(id)}"><rect width="100%" height="100%" fill="${NEUTRAL}"/>` +
          `<image data-image-id="${escapeXml(id)}" width="100%" height="100%" preserveAspectRatio="xMidYMid meet"${href ? ` href="${escapeXml(href)}"` : ''}/></symbol>`,
      );
    }
    if (missing) {
      out.push(
        `<symbol id="${MISSING}" viewBox="0 0 24 24"><rect x="3" y="5" width="18" height="14" rx="2" fill="none" stroke="#9aa5b1" stroke-width="1.5"/>` +
          `<path d="M5 17 l5-6 4 4 2-2 3 4z" fill="#9aa5b1"/><circle cx="16" cy="9" r="1.6" fill="#9aa5b1"/></symbol>`,
      );
    }
    return out.join('');
  }
}

/** The ids of the images an SVG's <defs> embed (those it draws, not its placeholders). */
export function embeddedImageIds(defs: string): string[] {
  return [...defs.matchAll(/<symbol id="image-([0-9a-f]{64})">/g)].map((m) => m[1] as string);
}

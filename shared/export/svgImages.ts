// The images of the export SVG: storyboard frames, thumbnail rows and persona photos, drawn as
// the canvas draws them (renderer/components/canvas/CardImages.tsx): a frame shows its image
// whole on a neutral ground, a thumbnail or a photo fills its square (cropped). Each image is
// defined once per way of fitting (a symbol in <defs>, however many cards show it), placed with
// <use> and clipped to its box; an image the export lacks is a placeholder in its place.
import { escapeXml } from './svg.ts';

/**
 * How the SVG refers to an image: its href (a data: URL; '' leaves it out, for the exporter to
 * set in the page), or null when there is no such image (a placeholder is drawn).
 */
export type ImageHref = (id: string) => string | null;

/** whole: all of the image, on the neutral ground; fill: the box covered, the image cropped */
export type ImageFit = 'whole' | 'fill';

const NEUTRAL = '#eef1f5';
const RADIUS = 3;
const n = (value: number) => Number(value.toFixed(2));

export const imageSymbolId = (id: string, fit: ImageFit) => `image-${id}${fit === 'fill' ? '-fill' : ''}`;
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
  readonly #hrefs = new Map<string, string | null>();
  /** symbol id → what it shows */
  readonly #symbols = new Map<string, { id: string; fit: ImageFit; href: string }>();
  #missing = false;
  #clips = 0;

  constructor(href: ImageHref | undefined) {
    this.#href = href ?? (() => null);
  }

  #hrefOf(id: string): string | null {
    if (!this.#hrefs.has(id)) this.#hrefs.set(id, this.#href(id));
    return this.#hrefs.get(id) ?? null;
  }

  /** An image in `box`, clipped to it (corners rounded by `radius`, the canvas' 3 px by default); a placeholder when missing. */
  place(id: string, box: Box, fit: ImageFit, kind: string, radius = RADIUS): string {
    const clip = `clip-${++this.#clips}`;
    const href = this.#hrefOf(id);
    const attrs = `x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}"`;
    const clipPath = `<clipPath id="${clip}"><rect ${attrs} rx="${radius}"/></clipPath>`;
    if (href !== null) {
      const symbol = imageSymbolId(id, fit);
      this.#symbols.set(symbol, { id, fit, href });
      // The clip goes on a group: on the <use> itself it would be moved by the use's x and y.
      return `${clipPath}<g clip-path="url(#${clip})"><use class="${kind}" data-image-id="${escapeXml(id)}" href="#${symbol}" ${attrs}/></g>`;
    }
    // The missing image keeps its place, marked as the canvas marks an image it cannot show.
    this.#missing = true;
    const mark = Math.min(box.width, box.height) * 0.5;
    return (
      `${clipPath}<rect class="${kind} image-missing" data-image-id="${escapeXml(id)}" ${attrs} rx="${radius}" fill="#fef3c7" stroke="#fde68a"/>` +
      `<use href="#${MISSING}" x="${n(box.x + (box.width - mark) / 2)}" y="${n(box.y + (box.height - mark) / 2)}" width="${n(mark)}" height="${n(mark)}"/>`
    );
  }

  /** The "+N" tile of a thumbnail row: how many more images the card holds. */
  more(count: number, box: Box): string {
    return (
      `<rect class="image-more" x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="${RADIUS}" fill="#e2e8f0"/>` +
      `<text x="${n(box.x + box.width / 2)}" y="${n(box.y + box.height / 2 + 4)}" font-size="12" font-weight="600" fill="#52606d" text-anchor="middle">+${count}</text>`
    );
  }

  /** The symbols of the images placed so far (for <defs>). */
  defs(): string {
    const out: string[] = [];
    for (const [symbol, { id, fit, href }] of this.#symbols) {
      // A symbol without a viewBox takes the size <use> gives it, so 100 % is the box.
      out.push(
        `<symbol id="${symbol}"><rect width="100%" height="100%" fill="${NEUTRAL}"/>` +
          `<image data-image-id="${escapeXml(id)}" width="100%" height="100%" preserveAspectRatio="xMidYMid ${fit === 'whole' ? 'meet' : 'slice'}"${href ? ` href="${escapeXml(href)}"` : ''}/></symbol>`,
      );
    }
    if (this.#missing) {
      out.push(
        `<symbol id="${MISSING}" viewBox="0 0 24 24"><rect x="3" y="5" width="18" height="14" rx="2" fill="none" stroke="#b45309" stroke-width="1.5"/>` +
          `<path d="M5 17 l5-6 4 4 2-2 3 4z" fill="#b45309"/><circle cx="16" cy="9" r="1.6" fill="#b45309"/></symbol>`,
      );
    }
    return out.join('');
  }
}

/** The ids of the images an SVG's <defs> embed (those it draws, not its placeholders), each once. */
export function embeddedImageIds(defs: string): string[] {
  return [...new Set([...defs.matchAll(/<image data-image-id="([0-9a-f]{64})"/g)].map((m) => m[1] as string))];
}

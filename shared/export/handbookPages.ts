// Packing the handbook into pages. Its pieces are measured before anything is printed (shared/
// text.ts estimates how text wraps), and pages are cut here, not by the browser: a routine is read
// and drilled as one, so a series is never split across pages. Only a series taller than a whole
// page is cut, and then it starts on a fresh page, breaks between pieces and repeats its heading.

export interface Piece {
  /** CSS pixels, margins included */
  height: number;
  html: string;
  /** a heading, or a part of an action: it never ends a page when what follows goes on to the next */
  keepWithNext?: boolean;
}

export interface Group {
  /** kept on one page whenever they fit on one */
  pieces: Piece[];
  /** shown at the top of each further page of a group taller than a page */
  continued?: Piece;
  /** starts on a page of its own (the contents, the inspection sheet) */
  fresh?: boolean;
  /** shown before it when it begins a page (its scene's heading, for a scene's later series) */
  lead?: Piece;
}

const heightOf = (pieces: readonly Piece[]) => pieces.reduce((sum, p) => sum + p.height, 0);

/** The pieces on each page, in order. `pageHeight` is the height of a page's printed area. */
export function packPages(groups: readonly Group[], pageHeight: number): Piece[][] {
  const pages: Piece[][] = [];
  let page: Piece[] = [];
  const nextPage = () => {
    if (page.length > 0) pages.push(page);
    page = [];
  };
  for (const group of groups) {
    if (group.fresh) nextPage();
    const total = heightOf(group.pieces);
    if (heightOf(page) + total > pageHeight) nextPage();
    if (page.length === 0 && group.lead) page.push(group.lead);
    if (heightOf(page) + total <= pageHeight) {
      page.push(...group.pieces);
      continue;
    }
    // Taller than a page: it flows from the top of a fresh one.
    for (const piece of group.pieces) {
      if (page.length > 0 && heightOf(page) + piece.height > pageHeight) {
        // What belongs with the next piece goes along, unless that is most of a page (then it is cut).
        const carried: Piece[] = [];
        for (let at = page.length - 1; at > 0 && page[at]?.keepWithNext; at--) carried.unshift(page[at] as Piece);
        if (heightOf(carried) + piece.height <= pageHeight / 2) page.splice(page.length - carried.length);
        else carried.length = 0;
        nextPage();
        if (group.continued) page.push(group.continued);
        page.push(...carried);
      }
      page.push(piece);
    }
  }
  nextPage();
  return pages;
}

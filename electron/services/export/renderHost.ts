// A browser page that prints and photographs the export pages. Chromium does the work in both
// shells: a hidden window in Electron, a headless Chromium through playwright-core elsewhere.

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RenderHost {
  /**
   * Shows the page and resolves once it has painted with its fonts and images loaded
   * (an explicit signal from the page, never a fixed delay).
   */
  load(html: string): Promise<void>;
  /** Prints the loaded page; its CSS @page rule sets the sheet size. */
  pdf(): Promise<Uint8Array>;
  /**
   * A PNG of a region of the raster page's #map element (CSS pixels) at `scale` device
   * pixels per CSS pixel; `transparent` keeps the page background see-through.
   */
  capture(region: Region, scale: number, transparent: boolean): Promise<Buffer>;
  /**
   * Sets the href of the loaded page's <image data-image-id="id"> (a data: URL) and resolves
   * once it has loaded. One image at a time: the page is loaded without the images' bytes, so
   * no one string holds them all (a map may hold 500 MB of originals).
   */
  placeImage(id: string, href: string): Promise<void>;
  close(): Promise<void>;
}

export type OpenRenderHost = () => Promise<RenderHost>;

/** Runs in the page: resolves when fonts and images are ready and two frames have been drawn. */
export const RENDERED_SIGNAL = `(async () => {
  await document.fonts.ready;
  await Promise.all([...document.querySelectorAll('image')].map((el) => {
    const img = new Image();
    img.src = el.getAttribute('href') || '';
    return img.decode().catch(() => undefined);
  }));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return true;
})()`;

/** Moves the map so the region's corner is at the top left of the viewport. */
export const showRegion = (region: Region): string =>
  `document.getElementById('map').style.transform = 'translate(${-region.x}px, ${-region.y}px)'`;

/** Runs in the page: gives the images with this id their href and waits until each has loaded or failed. */
export const placeImageScript = (id: string, href: string): string => `(() => {
  const images = [...document.querySelectorAll('image[data-image-id="' + ${JSON.stringify(id)} + '"]')];
  return Promise.all(images.map((el) => new Promise((resolve) => {
    // An image that never says either way must not hold the export forever.
    const timer = setTimeout(resolve, 30000);
    const done = () => { clearTimeout(timer); resolve(undefined); };
    el.addEventListener('load', done, { once: true });
    el.addEventListener('error', done, { once: true });
    el.setAttribute('href', ${JSON.stringify(href)});
  }))).then(() => images.length);
})()`;

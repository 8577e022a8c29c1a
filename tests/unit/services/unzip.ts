// The parts of a written .pptx (or any zip), read with JSZip, the library pptxgenjs writes them with.
import JSZip from 'jszip';

export async function unzip(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, Buffer>();
  for (const file of Object.values(zip.files)) if (!file.dir) files.set(file.name, await file.async('nodebuffer'));
  return files;
}

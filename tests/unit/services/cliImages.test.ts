// `cjm info` tells the file's thumbnail; `cjm export` draws the images the file itself holds.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateMap } from '../../../electron/services/projectFile.ts';
import { checkedThumbnail, writeThumbnail } from '../../../electron/services/imageUpkeep.ts';
import { writeMapWithImages } from '../../imageMap.ts';
import { photoPng } from '../../photoPng.ts';
import { png } from '../imageBytes.ts';
import { cjm } from './cjmCommand.ts';
import { tempDir } from './tmp.ts';
import fs from 'node:fs';


describe('cjm and the images of a file', () => {
  it('info reports the thumbnail, or null', () => {
    const file = path.join(tempDir(), 'thumb.cjm');
    expect(cjm('new', file).code).toBe(0);
    expect(JSON.parse(cjm('info', file).out).thumbnail).toBeNull();
    const thumbnail = png(64, 48);
    updateMap(file, (db) => writeThumbnail(db, checkedThumbnail(thumbnail), '2026-12-01T00:00:00Z'));
    expect(JSON.parse(cjm('info', file).out).thumbnail).toEqual({ width: 64, height: 48, bytes: thumbnail.length });
  });

  it('export writes the stored original into the SVG', () => {
    const dir = tempDir();
    const file = path.join(dir, 'board.cjm');
    const photo = photoPng(120, 90, { seed: 5 });
    writeMapWithImages(file, [{ bytes: photo }]);
    const out = path.join(dir, 'board.svg');
    const result = cjm('export', file, '--out', out, '--quiet');
    expect(result.code, result.err).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain(`href="data:image/png;base64,${photo.toString('base64')}"`);
  });
});

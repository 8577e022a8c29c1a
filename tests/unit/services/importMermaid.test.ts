// Opening Mermaid files: a .mmd or the first journey block of a .md opens as a new, unsaved map;
// what is not journey syntax, or too large, is refused with the file and the line named.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openMapFile } from '../../../electron/services/export/importMap.ts';
import { MAX_MERMAID_FILE_BYTES } from '../../../shared/limits.ts';
import { sortOrdered } from '../../../shared/order.ts';
import { restoreDocument } from '../../../shared/validate.ts';
import { DOCS_EXAMPLE } from '../mermaid/examples.ts';
import { tempDir } from './tmp.ts';

describe('opening Mermaid files', () => {
  it('a .mmd opens as a new map, marked as imported', async () => {
    const file = path.join(tempDir(), 'day.mmd');
    fs.writeFileSync(file, DOCS_EXAMPLE.replaceAll('\n', '\r\n'));
    const opened = await openMapFile(file);
    expect(opened.imported).toBe(true);
    expect(opened.problems).toEqual([]);
    expect(opened.doc.map.locale).toBe('en');
    expect(restoreDocument(JSON.parse(JSON.stringify(opened.doc))).problems).toEqual([]);
    expect(sortOrdered(Object.values(opened.doc.stages)).map((s) => s.title)).toEqual(['Go to work', 'Go home']);
    expect(Object.keys(opened.doc.scenes)).toHaveLength(5);
  });

  it('a .md opens its first journey block; a Chinese journey makes a Chinese map', async () => {
    const file = path.join(tempDir(), 'notes.md');
    fs.writeFileSync(file, '# 试驾\n\n```mermaid\njourney\n  section 到店\n    接待: 4: 客户\n```\n');
    const opened = await openMapFile(file);
    expect(opened.doc.map.locale).toBe('zh-CN');
    expect(Object.values(opened.doc.scenes).map((s) => s.title)).toEqual(['接待']);
    expect(Object.values(opened.doc.personas).map((p) => p.name)).toEqual(['客户']);
  });

  it('refuses what is not journey syntax, naming the file and the line', async () => {
    const file = path.join(tempDir(), 'bad.mmd');
    fs.writeFileSync(file, 'journey\nsection A\n  Tea: lots\n');
    await expect(openMapFile(file)).rejects.toMatchObject({ code: 'not-a-map', params: { file: 'bad.mmd', reason: 'mermaid', detail: expect.stringMatching(/^line 3: /) } });
  });

  it('refuses a file past the size limit without reading it, and a missing file as missing', async () => {
    const dir = tempDir();
    const big = path.join(dir, 'big.md');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_MERMAID_FILE_BYTES + 1);
    await expect(openMapFile(big)).rejects.toMatchObject({ code: 'not-a-map', message: expect.stringMatching(/too large/) });
    await expect(openMapFile(path.join(dir, 'gone.mmd'))).rejects.toMatchObject({ code: 'not-found' });
  });
});

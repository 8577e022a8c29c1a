// `cjm export --format html` (or an .html output): the interactive page from the command line,
// with the review comments only when --comments asks; `cjm info` reads the map back out of it.
// CJM_VIEWER_DIR points the command at a stand-in viewer: these tests run before `npm run build`.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readProject, writeProject } from '../../../electron/services/projectFile.ts';
import { Editor } from '../../../shared/editor.ts';
import { cjm } from './cjmCommand.ts';
import { FAKE_VIEWER, fakeViewerFolder } from './fakeViewer.ts';
import { tempDir } from './tmp.ts';

afterEach(() => {
  delete process.env.CJM_VIEWER_DIR;
});

describe('cjm export as HTML', () => {
  it('writes the page by --format or by the .html name; comments only with --comments', () => {
    const dir = tempDir();
    process.env.CJM_VIEWER_DIR = fakeViewerFolder(dir);
    const map = path.join(dir, 'dealer.cjm');
    expect(cjm('new', map, '--template', 'car-dealer', '--lang', 'en').code).toBe(0);
    const editor = new Editor(readProject(map).doc);
    editor.apply({ type: 'addComment', id: 'k1', target: 'map', author: 'Wang', text: 'Ask the client about stage 3', at: '2026-12-02T09:30:00.000Z' });
    writeProject(map, editor.doc);

    const page = path.join(dir, 'dealer.html');
    const done = cjm('export', map, '--format', 'html', '--out', page, '--quiet');
    expect(done.code, done.err).toBe(0);
    expect(done.out).toMatch(/dealer\.html \(\d+ kB\)/);
    const text = fs.readFileSync(page, 'utf8');
    expect(text.startsWith('<!doctype html>')).toBe(true);
    expect(text).toContain(`<script>${FAKE_VIEWER.js}</script>`);
    expect(text).not.toContain('Ask the client');

    const commented = path.join(dir, 'commented.html');
    const byName = cjm('export', map, '--out', commented, '--comments', '--quiet');
    expect(byName.code, byName.err).toBe(0);
    expect(fs.readFileSync(commented, 'utf8')).toContain('Ask the client about stage 3');

    // The map inside opens again, as cjm info reads any map.
    const info = cjm('info', commented);
    expect(info.code, info.err).toBe(0);
    expect(JSON.parse(info.out)).toMatchObject({ title: editor.doc.map.title });

    const wrong = cjm('export', map, '--format', 'html', '--out', path.join(dir, 'x.pdf'));
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('the output file must end in .html');
    const notMap = cjm('export', map, '--content', 'matrix', '--format', 'svg', '--comments', '--out', path.join(dir, 'x.svg'));
    expect(notMap.code).toBe(2);
    expect(notMap.err).toContain('--comments keeps the review comments in a map export');
  }, 60_000);

  it('without a built viewer, says to run npm run build and writes nothing', () => {
    const dir = tempDir();
    process.env.CJM_VIEWER_DIR = path.join(dir, 'nowhere');
    const map = path.join(dir, 'm.cjm');
    expect(cjm('new', map).code).toBe(0);
    const out = path.join(dir, 'm.html');
    const failed = cjm('export', map, '--out', out);
    expect(failed.code).not.toBe(0);
    expect(failed.err).toContain('run npm run build');
    expect(fs.existsSync(out)).toBe(false);
  }, 30_000);
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentService } from '../../../electron/services/documents.ts';
import { openChromiumHost } from '../../../electron/services/export/chromiumHost.ts';
import { ExportService } from '../../../electron/services/exportService.ts';
import { createHandlers } from '../../../electron/services/handlers.ts';
import { ChosenPaths, FolderJail, type PathPolicy } from '../../../electron/services/pathPolicy.ts';
import { CHANNELS, type Channel } from '../../../shared/api.ts';
import { createDocument } from '../../../shared/templates.ts';
import { tempDir } from './tmp.ts';

function setup(policyOf: (root: string) => PathPolicy = (root) => new FolderJail(root)) {
  const root = tempDir();
  const handlers = createHandlers({
    documents: new DocumentService({ userDataDir: tempDir(), appVersion: '0.1.0' }),
    exports: new ExportService({ openHost: openChromiumHost, appVersion: '0.1.0' }),
    policy: policyOf(root),
    appInfo: () => ({ version: '0.1.0', shell: 'web', systemLocale: 'en' }),
    log: () => {},
  });
  const call = (channel: Channel, payload: unknown) => handlers.get(channel)!(payload);
  return { root, call };
}

describe('request handlers', () => {
  it('reject malformed payloads on every channel', async () => {
    const { call } = setup();
    const bad: [Channel, unknown][] = [
      ['app:info', { extra: 1 }],
      ['doc:new', { template: 'nope', locale: 'en' }],
      ['doc:new', { template: 'blank' }],
      ['doc:open', {}],
      ['doc:open', { path: 42 }],
      ['doc:open', { path: 'a\0b.cjm' }],
      ['doc:save', { doc: {} }],
      ['recent:list', null],
      ['recent:remove', { path: '' }],
      ['recent:thumbnail', { path: '' }],
      ['recent:thumbnail', { path: 'a.cjm', png: 'x' }],
      ['export:run', { jobId: 'export-1234abcd', path: 'a.pdf', doc: {} }],
      ['export:run', { jobId: 'x', path: 'a.pdf', doc: {}, options: { format: 'pdf' } }],
      ['export:run', { jobId: 'export-1234abcd', path: 'a.pdf', doc: {}, options: { format: 'gif' } }],
      ['export:run', { jobId: 'export-1234abcd', path: 'a.png', doc: {}, options: { format: 'png', scale: 1000 } }],
      ['export:run', { jobId: 'export-1234abcd', path: 'a.png', doc: {}, options: { format: 'png', logo: 'javascript:alert(1)' } }],
      ['export:run', { jobId: 'export-1234abcd', path: 'a.pdf', doc: {}, options: { format: 'pdf', page: { size: { width: 10, height: 10 } } } }],
      ['export:progress', { jobId: '../../etc' }],
      ['export:cancel', {}],
      ['table:save', { path: 'a.csv' }],
      ['table:save', { path: 'a.csv', csv: 42 }],
      ['table:save', { path: '', csv: 'x' }],
      ['table:save', { path: 'a.csv', csv: 'x', doc: {} }],
      ['mermaid:save', { path: 'a.mmd' }],
      ['mermaid:save', { path: 'a.mmd', text: 'x'.repeat(4_000_001) }],
      ['doc:save', { path: 'a.cjm', doc: {}, expectedStamp: 42 }],
      ['recovery:put', { id: '../../x', path: null, stamp: null, doc: {} }],
      ['recovery:put', { id: 'draft-12345678', doc: {} }],
      ['recovery:list', { all: true }],
      ['recovery:open', { id: 'a/b/c/d/e/f' }],
      ['recovery:discard', { id: 7 }],
      ['doc:close', {}],
      ['version:save', { path: 'a.cjm', name: '   ', doc: {} }],
      ['version:save', { path: 'a.cjm', name: 'x'.repeat(201), doc: {} }],
      ['version:list', { path: '' }],
      ['version:open', { path: 'a.cjm', id: '../../x' }],
      ['doc:close', { owner: '' }],
      ['doc:open', { path: 'a.cjm', owner: '../x' }],
      ['json:save', { path: 'a.json' }],
      ['json:save', { path: '', doc: {} }],
      ['sheet:save', { path: 'a.xlsx', doc: {} }],
      ['sheet:save', { path: 'a.xlsx', doc: {}, format: 'xls' }],
      ['image:add', { bytes: '<svg/>', preview: null }],
      ['image:add', { bytes: 'A'.repeat(Math.ceil((20 * 1024 * 1024) / 3) * 4 + 4), preview: null }],
      ['image:add', { bytes: 'AAAA' }],
      ['image:read', { id: '../../etc/passwd', path: null }],
      ['image:read', { id: 'a'.repeat(64), path: '' }],
      ['image:read', { id: 'A'.repeat(64), path: null }],
      ['doc:save', { path: 'a.cjm', doc: {}, keepImages: ['../x'] }],
      ['doc:save', { path: 'a.cjm', doc: {}, thumbnail: 'not base64!' }],
      ['doc:save', { path: 'a.cjm', doc: {}, from: '' }],
      ['export:run', { jobId: 'export-1234abcd', path: 'a.pdf', doc: {}, options: { format: 'pdf' }, source: 42 }],
    ];
    // Every channel the shells can answer has at least one malformed payload above.
    expect(new Set(bad.map(([c]) => c))).toEqual(new Set(CHANNELS.filter((c) => !c.startsWith('dialog:') && c !== 'fs:list')));
    for (const [channel, payload] of bad) {
      expect(await call(channel, payload), `${channel} ${JSON.stringify(payload)}`).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
  });

  it('refuse paths outside the folder', async () => {
    const { call } = setup();
    for (const p of ['../x.cjm', '/etc/passwd', 'sub/../../x.cjm']) {
      expect(await call('doc:open', { path: p })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      // Images are read only from a map this window may read.
      expect(await call('image:read', { id: 'a'.repeat(64), path: p })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await call('doc:save', { path: 'notes.txt', doc: createDocument('blank', 'en') })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('Electron: only files chosen in a dialog are written, and a recovery draft cannot make another file writable', async () => {
    const chosen = new ChosenPaths();
    const { call, root } = setup(() => chosen);
    const doc = createDocument('blank', 'en');
    const picked = path.join(root, 'picked.cjm');
    const other = path.join(root, 'other.cjm');
    chosen.choose(picked);
    expect(await call('doc:save', { path: picked, doc })).toMatchObject({ ok: true });
    expect(await call('doc:save', { path: other, doc })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('export:run', { jobId: 'export-1234abcd', path: path.join(root, 'x.svg'), doc, options: { format: 'svg' } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });

    // A page that names a file nobody chose in its draft is refused; reopening drafts opens nothing new.
    expect(await call('recovery:put', { id: 'draft-00000001', path: other, stamp: null, doc })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('recovery:open', { id: 'draft-00000001' })).toMatchObject({ ok: false });
    expect(await call('doc:save', { path: other, doc })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(fs.existsSync(other)).toBe(false);

    // A draft of the chosen file reopens it writable (the next session's policy starts empty).
    expect(await call('recovery:put', { id: 'draft-00000002', path: picked, stamp: null, doc })).toMatchObject({ ok: true });
    expect(await call('recovery:put', { id: 'draft-00000003', path: null, stamp: null, doc })).toMatchObject({ ok: true });

    // A restored draft holds its file like an opened one: a second window is told, and it goes
    // when the window shows an untitled draft instead.
    const restored = await call('recovery:open', { id: 'draft-00000002', owner: 'window-aaaaaaaa' });
    expect(restored).toMatchObject({ ok: true, value: { path: picked } });
    expect((restored as { value: object }).value).not.toHaveProperty('lockedBy');
    expect(await call('doc:open', { path: picked, owner: 'window-bbbbbbbb' })).toMatchObject({ ok: true, value: { lockedBy: { by: 'other-window' } } });
    expect(await call('recovery:open', { id: 'draft-00000002', owner: 'window-cccccccc' })).toMatchObject({ ok: true, value: { lockedBy: { by: 'other-window' } } });
    expect(await call('recovery:open', { id: 'draft-00000003', owner: 'window-aaaaaaaa' })).toMatchObject({ ok: true, value: { path: null } });
    expect((await call('doc:open', { path: picked, owner: 'window-bbbbbbbb' })) as { value: object }).not.toHaveProperty('value.lockedBy');
  });

  it('pass a reloaded page its old page\'s lock: a late release of the old page frees nothing', async () => {
    const { call, root } = setup();
    const file = path.join(root, 'dealer.cjm');
    expect(await call('doc:save', { path: 'dealer.cjm', doc: createDocument('car-dealer', 'en') })).toMatchObject({ ok: true });
    expect(fs.existsSync(file)).toBe(true);
    expect(await call('doc:open', { path: 'dealer.cjm', owner: 'page-old-aaaa' })).not.toHaveProperty('value.lockedBy');
    // Without the hand-over, a new owner finds the map open elsewhere.
    expect(await call('doc:open', { path: 'dealer.cjm', owner: 'page-stranger' })).toMatchObject({ value: { lockedBy: { by: 'other-window' } } });
    // The reload takes it over, and the old page's release arriving afterwards changes nothing.
    expect(await call('doc:open', { path: 'dealer.cjm', owner: 'page-new-bbbb', takeOver: 'page-old-aaaa' })).not.toHaveProperty('value.lockedBy');
    expect(await call('doc:close', { owner: 'page-old-aaaa' })).toMatchObject({ ok: true });
    expect(await call('doc:open', { path: 'dealer.cjm', owner: 'page-stranger' })).toMatchObject({ value: { lockedBy: { by: 'other-window' } } });
    // A page cannot take over a lock its named page does not hold.
    expect(await call('doc:open', { path: 'dealer.cjm', owner: 'page-thief-cc', takeOver: 'page-old-aaaa' })).toMatchObject({ value: { lockedBy: { by: 'other-window' } } });
  });

  it('refuse to save an invalid document, writing nothing', async () => {
    const { call, root } = setup();
    const doc = createDocument('blank', 'en');
    const card = { id: 'c', laneId: 'nowhere', sceneId: 'scene-scene-1', order: 'a0', text: '' };
    for (const payload of [{ ...doc, cards: { c: card } }, 'not a map', { map: {} }]) {
      expect(await call('doc:save', { path: 'x.cjm', doc: payload })).toMatchObject({ ok: false, error: { code: 'invalid-document' } });
    }
    expect(fs.readdirSync(root)).toEqual([]);
  });

  it('new → save → recent → open → remove from recent', async () => {
    const { call, root } = setup();
    const created = await call('doc:new', { template: 'car-dealer', locale: 'zh-CN' });
    expect(created.ok).toBe(true);
    const doc = (created as { value: { doc: unknown } }).value.doc;
    expect(await call('doc:save', { path: 'dealer.cjm', doc })).toMatchObject({ ok: true, value: { path: path.join(root, 'dealer.cjm') } });
    const recent = await call('recent:list', {});
    expect(recent).toMatchObject({ ok: true, value: [{ path: path.join(root, 'dealer.cjm'), title: '汽车经销商客户旅程', exists: true }] });
    expect(await call('doc:open', { path: 'dealer.cjm' })).toMatchObject({ ok: true, value: { doc, problems: [] } });
    expect(await call('recent:remove', { path: path.join(root, 'dealer.cjm') })).toEqual({ ok: true, value: [] });
  });

  it('export: SVG written whole into the folder; other kinds of target, paths outside and bad documents refused', async () => {
    const { call, root } = setup();
    const doc = createDocument('car-dealer', 'en');
    const run = (path: string, format: string, payload: unknown = doc) =>
      call('export:run', { jobId: `export-${Math.random().toString(36).slice(2, 12)}`, path, doc: payload, options: { format } });
    expect(await run('map.svg', 'svg')).toMatchObject({ ok: true, value: { path: path.join(root, 'map.svg') } });
    expect(fs.readFileSync(path.join(root, 'map.svg'), 'utf8')).toContain('Car dealer journey');
    // The extension must match the format: an export never lands on a map or a stray file.
    expect(await run('map.cjm', 'svg')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await run('map.svg', 'pdf')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await run('../out.svg', 'svg')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await run('gone/out.svg', 'svg')).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(await run('bad.svg', 'svg', { map: {} })).toMatchObject({ ok: false, error: { code: 'invalid-document' } });
    expect(fs.readdirSync(root)).toEqual(['map.svg']);
    expect(await call('export:progress', { jobId: 'export-unknown1' })).toEqual({ ok: true, value: null });
    expect(await call('export:cancel', { jobId: 'export-unknown1' })).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('table: a CSV written whole into the folder as sent, onto .csv files only', async () => {
    const { call, root } = setup();
    const csv = '\uFEFF指标,状态\r\n净推荐值,达标\r\n';
    expect(await call('table:save', { path: 'metrics.csv', csv })).toMatchObject({ ok: true, value: { path: path.join(root, 'metrics.csv'), bytes: Buffer.byteLength(csv) } });
    expect(fs.readFileSync(path.join(root, 'metrics.csv'), 'utf8')).toBe(csv);
    expect(await call('table:save', { path: 'map.cjm', csv })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('table:save', { path: '../out.csv', csv })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('table:save', { path: 'gone/out.csv', csv })).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(fs.readdirSync(root)).toEqual(['metrics.csv']);
  });

  it('mermaid: a journey written whole into the folder, onto .mmd files only', async () => {
    const { call, root } = setup();
    const text = 'journey\n  section 到店\n    接待: 4: 客户\n';
    expect(await call('mermaid:save', { path: 'map.mmd', text })).toMatchObject({ ok: true, value: { path: path.join(root, 'map.mmd'), bytes: Buffer.byteLength(text) } });
    expect(fs.readFileSync(path.join(root, 'map.mmd'), 'utf8')).toBe(text);
    expect(await call('mermaid:save', { path: 'notes.md', text })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('mermaid:save', { path: 'map.cjm', text })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(fs.readdirSync(root)).toEqual(['map.mmd']);
  });

  it('sheet:save writes the checked map as a workbook of its format only, and says what it left out', async () => {
    const { call, root } = setup();
    const doc = createDocument('car-dealer', 'en');
    const saved = await call('sheet:save', { path: 'map.xlsx', doc, format: 'xlsx' });
    expect(saved).toMatchObject({ ok: true, value: { path: path.join(root, 'map.xlsx'), leftOut: [{ kind: 'personas', count: 1 }] } });
    expect(fs.readFileSync(path.join(root, 'map.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(await call('sheet:save', { path: 'map.csv', doc, format: 'xlsx' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('sheet:save', { path: 'map.cjm', doc, format: 'csv' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('sheet:save', { path: 'broken.csv', doc: { map: 42 }, format: 'csv' })).toMatchObject({ ok: false });
    expect(fs.readdirSync(root)).toEqual(['map.xlsx']);
  });
});

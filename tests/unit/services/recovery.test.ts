// The recovery store on real files: drafts are written whole, offered only when the process that
// wrote them is gone, open as the document they held (with its file and that file's stamp), and go
// when discarded. Damaged notes are passed over, never an error.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecoveryStore } from '../../../electron/services/recovery.ts';
import { createDocument } from '../../../shared/templates.ts';
import { tempDir } from './tmp.ts';

const doc = createDocument('car-dealer', 'zh-CN');

describe('RecoveryStore', () => {
  it('offers the drafts of ended processes only, newest first, and opens them as they were', async () => {
    const userData = tempDir();
    const alive = new Set([1001]);
    const crashed = new RecoveryStore(userData, { pid: 999, alive: (pid) => alive.has(pid) });
    crashed.put('draft-untitled-1', { path: null, stamp: null, doc: createDocument('blank', 'en') });
    crashed.put('draft-dealer-001', { path: '/maps/dealer.cjm', stamp: '1:2:3', doc });
    new RecoveryStore(userData, { pid: 1001, alive: (pid) => alive.has(pid) }).put('draft-running-1', { path: null, stamp: null, doc });

    const now = new RecoveryStore(userData, { pid: 2000, alive: (pid) => alive.has(pid) });
    const drafts = now.list();
    // The running process's draft is live work, not something to recover.
    expect(drafts.map((d) => d.id).sort()).toEqual(['draft-dealer-001', 'draft-untitled-1']);
    expect(drafts.find((d) => d.id === 'draft-dealer-001')).toMatchObject({ path: '/maps/dealer.cjm', title: doc.map.title, cards: Object.keys(doc.cards).length });
    // Its own drafts are not offered to the process that wrote them.
    expect(crashed.list()).toEqual([]);

    const opened = await now.open('draft-dealer-001');
    expect(opened).toMatchObject({ path: '/maps/dealer.cjm', stamp: '1:2:3', problems: [] });
    expect(opened.doc).toEqual(doc);

    now.discard('draft-dealer-001');
    expect(now.list().map((d) => d.id)).toEqual(['draft-untitled-1']);
    await expect(now.open('draft-dealer-001')).rejects.toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('offers a draft of this process once the page that wrote it crashed', () => {
    const store = new RecoveryStore(tempDir(), { pid: 500, alive: () => true });
    store.put('draft-window-01', { path: null, stamp: null, doc });
    store.put('draft-window-02', { path: null, stamp: null, doc });
    expect(store.list()).toEqual([]);
    store.abandon('draft-window-01');
    expect(store.list().map((d) => d.id)).toEqual(['draft-window-01']);
    expect(() => store.abandon('../x')).toThrow(expect.objectContaining({ code: 'invalid-request' }));
  });

  it('passes over damaged or half-written drafts and refuses ids that could leave its folder', async () => {
    const userData = tempDir();
    const store = new RecoveryStore(userData, { pid: 1, alive: () => false });
    const later = new RecoveryStore(userData, { pid: 2, alive: () => false });
    store.put('draft-good-001', { path: null, stamp: null, doc });
    fs.writeFileSync(path.join(store.dir, 'draft-bad-0001.json'), '{not json');
    fs.writeFileSync(path.join(store.dir, 'draft-nodoc-01.json'), JSON.stringify({ id: 'draft-nodoc-01', path: null, stamp: null, title: 'x', savedAt: '', cards: 0, pid: 1 }));
    expect(later.list().map((d) => d.id)).toEqual(['draft-good-001']);
    await expect(later.open('../../etc/passwd')).rejects.toThrow(expect.objectContaining({ code: 'invalid-request' }));
    expect(() => later.discard('../x')).toThrow(expect.objectContaining({ code: 'invalid-request' }));
  });
});

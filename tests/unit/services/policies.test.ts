import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ChosenPaths, FolderJail } from '../../../electron/services/pathPolicy.ts';
import { RecentFiles } from '../../../electron/services/recentFiles.ts';
import { isTrustedSenderUrl, trustedDevServerUrl } from '../../../electron/services/trustedSender.ts';
import { tempDir } from './tmp.ts';

describe('FolderJail', () => {
  it('allows files inside its folder only, following symlinks', () => {
    const root = tempDir();
    const outside = tempDir();
    const jail = new FolderJail(root);
    expect(jail.resolve('a.cjm', 'write')).toBe(path.join(fs.realpathSync(root), 'a.cjm'));
    expect(jail.resolve('sub/a.cjm', 'read')).toBe(path.join(fs.realpathSync(root), 'sub/a.cjm'));
    expect(() => jail.resolve('../a.cjm', 'read')).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(() => jail.resolve(path.join(outside, 'a.cjm'), 'read')).toThrow(expect.objectContaining({ code: 'forbidden' }));
    fs.symlinkSync(outside, path.join(root, 'link'));
    expect(() => jail.resolve('link/a.cjm', 'write')).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(() => jail.resolve('a.txt', 'write')).toThrow(expect.objectContaining({ code: 'forbidden' }));
    // A name that merely starts with two dots is still inside.
    expect(jail.resolve('..draft.cjm', 'write')).toBe(path.join(fs.realpathSync(root), '..draft.cjm'));
  });
});

describe('FolderJail and hard links', () => {
  it('refuses a file inside that is a hard link (it may be a file outside), for reading and writing', () => {
    const root = tempDir();
    const outside = tempDir();
    const jail = new FolderJail(root);
    fs.writeFileSync(path.join(outside, 'secret.cjm'), 'outside');
    fs.linkSync(path.join(outside, 'secret.cjm'), path.join(root, 'linked.cjm'));
    for (const mode of ['read', 'write'] as const) {
      expect(() => jail.resolve('linked.cjm', mode), mode).toThrow(
        expect.objectContaining({ code: 'forbidden', message: 'linked.cjm: is a hard link to a file elsewhere; open a copy of it instead' }),
      );
    }
    // Still listed (it lies inside), so opening it is what says why not.
    expect(jail.allows('linked.cjm')).toBe(true);
    // A file with one name is fine, and so is one whose other name is gone.
    fs.writeFileSync(path.join(root, 'plain.cjm'), 'inside');
    expect(jail.resolve('plain.cjm', 'write')).toBe(path.join(fs.realpathSync(root), 'plain.cjm'));
    fs.rmSync(path.join(outside, 'secret.cjm'));
    expect(jail.resolve('linked.cjm', 'read')).toBe(path.join(fs.realpathSync(root), 'linked.cjm'));
    // Folders always have several links; they are not files to refuse.
    fs.mkdirSync(path.join(root, 'sub', 'deeper'), { recursive: true });
    expect(jail.locate('sub')).toBe(path.join(fs.realpathSync(root), 'sub'));
  });

  it('leaves files the user picked in a dialog alone, hard link or not', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.cjm'), 'x');
    fs.linkSync(path.join(dir, 'a.cjm'), path.join(dir, 'b.cjm'));
    const policy = new ChosenPaths();
    policy.choose(path.join(dir, 'b.cjm'));
    expect(policy.resolve(path.join(dir, 'b.cjm'), 'write')).toBe(path.join(dir, 'b.cjm'));
  });
});

describe('ChosenPaths', () => {
  it('allows only what the user chose (or what the callback allows), by absolute path', () => {
    const policy = new ChosenPaths((file) => file === '/recent/map.cjm');
    expect(() => policy.resolve('/home/u/map.cjm', 'read')).toThrow(expect.objectContaining({ code: 'forbidden' }));
    policy.choose('/home/u/map.cjm');
    expect(policy.resolve('/home/u/map.cjm', 'read')).toBe('/home/u/map.cjm');
    expect(policy.resolve('/home/u/../u/map.cjm', 'write')).toBe('/home/u/map.cjm');
    expect(policy.resolve('/recent/map.cjm', 'read')).toBe('/recent/map.cjm');
    // Writes keep to the kinds asked for: a chosen .png is not overwritten as a map.
    policy.choose('/home/u/poster.png');
    expect(() => policy.resolve('/home/u/poster.png', 'write')).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(policy.resolve('/home/u/poster.png', 'write', ['.png'])).toBe('/home/u/poster.png');
    expect(() => policy.resolve('map.cjm', 'read')).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });
});

describe('RecentFiles', () => {
  it('lists newest first without duplicates, marks missing files, survives a damaged list', () => {
    const dir = tempDir();
    const recent = new RecentFiles(dir);
    const a = path.join(dir, 'a.cjm');
    fs.writeFileSync(a, '');
    recent.add(a, 'A', new Date('2026-01-01'));
    recent.add('/gone/b.cjm', 'B', new Date('2026-01-02'));
    recent.add(a, 'A again', new Date('2026-01-03'));
    expect(recent.list()).toEqual([
      { path: a, title: 'A again', openedAt: '2026-01-03T00:00:00.000Z', exists: true },
      { path: '/gone/b.cjm', title: 'B', openedAt: '2026-01-02T00:00:00.000Z', exists: false },
    ]);
    recent.remove('/gone/b.cjm');
    expect(recent.list().map((r) => r.path)).toEqual([a]);
    for (let i = 0; i < 20; i++) recent.add(`/x/${i}.cjm`, `${i}`);
    expect(recent.list()).toHaveLength(12);
    fs.writeFileSync(path.join(dir, 'recent-files.json'), '{not json');
    expect(recent.list()).toEqual([]);
    recent.add(a, 'A');
    expect(recent.list()).toHaveLength(1);
  });
});

describe('isTrustedSenderUrl', () => {
  const indexFile = '/app/out/renderer/index.html';
  it('trusts exactly our renderer page', () => {
    expect(isTrustedSenderUrl(pathToFileURL(indexFile).href, { indexFile })).toBe(true);
    expect(isTrustedSenderUrl(`${pathToFileURL(indexFile).href}#/map`, { indexFile })).toBe(true);
  });
  it('refuses look-alikes, other pages and garbage', () => {
    for (const url of [
      `${pathToFileURL(indexFile).href}.evil`,
      pathToFileURL('/app/out/renderer/other.html').href,
      'https://example.com/index.html',
      'http://localhost:5173/',
      'not a url',
      '',
      undefined,
    ]) {
      expect(isTrustedSenderUrl(url, { indexFile }), String(url)).toBe(false);
    }
  });
  it('trusts the dev server origin only while developing', () => {
    expect(isTrustedSenderUrl('http://localhost:5173/x', { indexFile, devServerUrl: 'http://localhost:5173' })).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5174/x', { indexFile, devServerUrl: 'http://localhost:5173' })).toBe(false);
  });
});

describe('trustedDevServerUrl', () => {
  it('takes a dev server on this machine, only while unpackaged', () => {
    expect(trustedDevServerUrl('http://localhost:5173', false)).toBe('http://localhost:5173/');
    expect(trustedDevServerUrl('http://127.0.0.1:5173/', false)).toBe('http://127.0.0.1:5173/');
    expect(trustedDevServerUrl('https://[::1]:5173/', false)).toBe('https://[::1]:5173/');
    expect(trustedDevServerUrl('http://LOCALHOST:5173', false)).toBe('http://localhost:5173/');
    // spelled otherwise, still loopback: the parser writes them the one way
    expect(trustedDevServerUrl('http://[0:0:0:0:0:0:0:1]:5173', false)).toBe('http://[::1]:5173/');
    expect(trustedDevServerUrl('http://127.1:5173', false)).toBe('http://127.0.0.1:5173/');
    expect(trustedDevServerUrl('http://localhost:5173', true)).toBeUndefined();
    expect(trustedDevServerUrl(undefined, false)).toBeUndefined();
    expect(trustedDevServerUrl('', false)).toBeUndefined();
  });

  it('ignores remote hosts, look-alikes, user-info tricks and other schemes', () => {
    for (const url of [
      'http://example.com:5173',
      'http://192.168.1.10:5173',
      'http://127.0.0.2:5173',
      'http://0.0.0.0:5173',
      'http://127.0.0.1.evil.com:5173',
      'http://localhost.example.com:5173',
      'http://localhost.:5173',
      'http://evil-localhost:5173',
      'http://127.0.0.1@evil.com/',
      'http://localhost:5173@evil.com/',
      'http://user:pass@localhost:5173/',
      'http://evil.com#@localhost:5173',
      'file:///tmp/index.html',
      'javascript:alert(1)',
      'data:text/html,hi',
      'ws://localhost:5173',
      'localhost:5173',
      'http://',
      'not a url',
    ]) {
      expect(trustedDevServerUrl(url, false), url).toBeUndefined();
    }
  });
});

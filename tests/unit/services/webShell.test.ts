import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebShell, type WebShell } from '../../../electron/web/server.ts';
import { tempDir } from './tmp.ts';

let shell: WebShell | undefined;
afterEach(async () => {
  await shell?.close();
  shell = undefined;
});

async function start(): Promise<WebShell> {
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  shell = await startWebShell({
    port: 0,
    root: tempDir(),
    userDataDir: tempDir(),
    staticDir,
    appVersion: '0.0.0',
    systemLocale: 'en',
  });
  return shell;
}

const base = (s: WebShell) => `http://127.0.0.1:${s.port}`;
const post = (s: WebShell, channel: string, headers: Record<string, string> = {}, body = '{}') =>
  fetch(`${base(s)}/api/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

/** Raw request, so the Host header can be anything. */
function rawGet(s: WebShell, pathname: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: s.port, path: pathname, headers: { Host: host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('web shell', () => {
  it('prints a loopback address with a token', async () => {
    const s = await start();
    expect(s.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${s.port}/\\?token=[A-Za-z0-9_-]{32}$`));
  });

  it('answers API requests only with the token', async () => {
    const s = await start();
    expect((await post(s, 'app:info')).status).toBe(401);
    expect((await post(s, 'app:info', { Authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await post(s, 'app:info', { Authorization: s.token })).status).toBe(401);
    // the same length, one character off (the constant-time comparison itself)
    const offByOne = s.token.slice(0, -1) + (s.token.endsWith('A') ? 'B' : 'A');
    expect((await post(s, 'app:info', { Authorization: `Bearer ${offByOne}` })).status).toBe(401);
    expect((await post(s, 'app:info', { Authorization: `Bearer ${s.token}x` })).status).toBe(401);
    const ok = await post(s, 'app:info', { Authorization: `Bearer ${s.token}` });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBeNull();
    expect(await ok.json()).toEqual({ ok: true, value: { version: '0.0.0', shell: 'web', systemLocale: 'en' } });
    expect((await post(s, 'no:such', { Authorization: `Bearer ${s.token}` })).status).toBe(404);
    expect((await post(s, 'app:info', { Authorization: `Bearer ${s.token}` }, '{broken')).status).toBe(400);
  });

  it('takes API bodies only as JSON: exactly application/json, in UTF-8 if a charset is named', async () => {
    const s = await start();
    const auth = { Authorization: `Bearer ${s.token}` };
    const accepted = ['application/json', 'application/json; charset=utf-8', 'Application/JSON;Charset=UTF-8', ' application/json ; charset="utf-8"'];
    for (const type of accepted) expect((await post(s, 'app:info', { ...auth, 'Content-Type': type })).status, type).toBe(200);
    const refused = [
      'application/jsonp',
      'application/json-evil',
      'application/json+evil; charset=utf-8',
      'application/json; charset=latin1',
      'application/json; charset=utf-16',
      'application/json, text/plain',
      'text/plain',
      'text/plain; x=application/json',
      '',
    ];
    for (const type of refused) expect((await post(s, 'app:info', { ...auth, 'Content-Type': type })).status, type).toBe(415);
    // No Content-Type at all.
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: s.port, path: '/api/app:info', method: 'POST', headers: { Host: `127.0.0.1:${s.port}`, ...auth } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(415);
  });

  it('serves the renderer with a strict CSP and nothing outside it', async () => {
    const s = await start();
    const page = await fetch(`${base(s)}/`);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(await rawGet(s, '/../package.json', `127.0.0.1:${s.port}`)).toBe(404);
    expect(await rawGet(s, '/%2e%2e/%2e%2e/package.json', `127.0.0.1:${s.port}`)).toBe(404);
    // Malformed escapes and NUL bytes get an answer, and the shell keeps serving.
    expect(await rawGet(s, '/%E0%A4%A', `127.0.0.1:${s.port}`)).toBe(400);
    expect(await rawGet(s, '/a%00b.js', `127.0.0.1:${s.port}`)).toBe(400);
    expect((await fetch(`${base(s)}/`)).status).toBe(200);
  });

  it('refuses other Host headers (DNS rebinding)', async () => {
    const s = await start();
    expect(await rawGet(s, '/', `localhost:${s.port}`)).toBe(200);
    expect(await rawGet(s, '/', `evil.example:${s.port}`)).toBe(421);
    expect(await rawGet(s, '/', `127.0.0.1:${s.port + 1}`)).toBe(421);
    // no Host header at all (HTTP/1.0 allows that): refused too
    const noHost = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(s.port, '127.0.0.1', () => socket.end('GET / HTTP/1.0\r\n\r\n'));
      let reply = '';
      socket.on('data', (chunk) => (reply += chunk.toString()));
      socket.on('end', () => resolve(reply.split('\r\n')[0] ?? ''));
      socket.on('error', reject);
    });
    expect(noHost).toMatch(/^HTTP\/1\.[01] 4\d\d /);
  });

  it('refuses to listen beyond this computer, or on a loopback address its Host check would not know', async () => {
    for (const host of ['0.0.0.0', '192.168.1.10', '127.0.0.2']) {
      await expect(
        startWebShell({ port: 0, host, root: tempDir(), userDataDir: tempDir(), staticDir: tempDir(), appVersion: '0', systemLocale: 'en' }),
      ).rejects.toThrow(/only listens on this computer/);
    }
  });
});

describe('web shell request size', () => {
  it('answers 413 to a body over the limit and keeps serving', async () => {
    const s = await start();
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: s.port,
          path: '/api/doc:save',
          method: 'POST',
          headers: { Host: `127.0.0.1:${s.port}`, Authorization: `Bearer ${s.token}`, 'Content-Type': 'application/json', 'Content-Length': 200 * 1024 * 1024 },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write('{"path":"x.cjm","doc":');
    });
    expect(status).toBe(413);
    expect((await post(s, 'app:info', { Authorization: `Bearer ${s.token}` })).status).toBe(200);
  });
});

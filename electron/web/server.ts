// The web shell: serves the built renderer and the same document services the Electron main
// process hosts, over HTTP/JSON on loopback only, behind a per-run token.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { MAX_DOCUMENT_BYTES } from '../../shared/api.ts';
import type { Locale } from '../../shared/model.ts';
import { DocumentService } from '../services/documents.ts';
import { openChromiumHost } from '../services/export/chromiumHost.ts';
import type { OpenRenderHost } from '../services/export/renderHost.ts';
import { ExportService } from '../services/exportService.ts';
import { createHandlers, type Handler } from '../services/handlers.ts';
import { FolderJail } from '../services/pathPolicy.ts';
import { listFolder } from '../services/folderListing.ts';
import { CONTENT_SECURITY_POLICY } from '../services/csp.ts';

export interface WebShellOptions {
  port: number;
  host?: string;
  /** the folder whose maps the web shell may open and save */
  root: string;
  userDataDir: string;
  staticDir: string;
  appVersion: string;
  systemLocale: Locale;
  token?: string;
  /** the browser that prints exports (default: an installed Chromium through playwright-core) */
  openRenderHost?: OpenRenderHost;
}

export interface WebShell {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

// Only the names the Host check knows: another 127.x address would start and then refuse every request.
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/**
 * Exactly JSON in UTF-8: the media type before any parameters is application/json (a prefix
 * would let application/jsonp or application/json-evil through), and a charset, if named, is utf-8.
 */
function isJson(contentType: string | undefined): boolean {
  const [type, ...params] = (contentType ?? '').split(';');
  if (type?.trim().toLowerCase() !== 'application/json') return false;
  return params.every((param) => {
    const [name, value = ''] = param.split('=');
    return name?.trim().toLowerCase() !== 'charset' || value.trim().replace(/^"(.*)"$/, '$1').toLowerCase() === 'utf-8';
  });
}

function tokenMatches(expected: Buffer, header: string | undefined): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '', 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  });
  res.end(body);
}

/** The body, or null when it is larger than MAX_DOCUMENT_BYTES (the rest is drained, not kept). */
function readBody(req: http.IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_DOCUMENT_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_DOCUMENT_BYTES ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startWebShell(options: WebShellOptions): Promise<WebShell> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) {
    throw new Error(`the web shell only listens on this computer (127.0.0.1 or localhost), not on '${host}'`);
  }
  const token = options.token ?? randomBytes(24).toString('base64url');
  const expected = Buffer.from(token, 'utf8');
  const jail = new FolderJail(options.root);
  const documents = new DocumentService({ userDataDir: options.userDataDir, appVersion: options.appVersion });
  const exports = new ExportService({ openHost: options.openRenderHost ?? openChromiumHost, appVersion: options.appVersion });
  const handlers: Map<string, Handler> = createHandlers({
    documents,
    exports,
    policy: jail,
    appInfo: () => ({ version: options.appVersion, shell: 'web', systemLocale: options.systemLocale }),
    extra: { 'fs:list': ({ dir, kinds }) => listFolder(jail, dir, kinds) },
  });
  const staticRoot = path.resolve(options.staticDir);
  let port = options.port;

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, channel: string) {
    if (!tokenMatches(expected, req.headers.authorization)) return send(res, 401, 'missing or wrong token');
    if (req.method !== 'POST') return send(res, 405, 'use POST');
    if (!isJson(req.headers['content-type'])) return send(res, 415, 'send JSON (application/json, UTF-8)');
    const handler = handlers.get(channel);
    if (!handler) return send(res, 404, `no API channel '${channel}'`);
    // Too large: answer at once (and close), rather than reading megabytes first.
    if (Number(req.headers['content-length'] ?? 0) > MAX_DOCUMENT_BYTES) {
      res.setHeader('Connection', 'close');
      return send(res, 413, 'request too large');
    }
    const body = await readBody(req);
    if (body === null) return send(res, 413, 'request too large');
    let payload: unknown;
    try {
      payload = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return send(res, 400, 'the request body is not valid JSON');
    }
    send(res, 200, JSON.stringify(await handler(payload)), TYPES['.json']);
  }

  function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
    let relative: string;
    try {
      relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    } catch {
      // A malformed %-escape must not take the shell down.
      return send(res, 400, 'bad URL');
    }
    if (relative.includes('\0')) return send(res, 400, 'bad URL');
    const file = path.resolve(staticRoot, relative);
    if (!file.startsWith(staticRoot + path.sep)) return send(res, 404, 'not found');
    fs.readFile(file, (error, data) => {
      if (error) return send(res, 404, 'not found');
      send(res, 200, data, TYPES[path.extname(file)] ?? 'application/octet-stream');
    });
  }

  const server = http.createServer((req, res) => {
    // DNS rebinding: a page from another site that resolves to 127.0.0.1 still sends its own Host.
    const hostHeader = (req.headers.host ?? '').toLowerCase();
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
    if (!allowedHosts.includes(hostHeader)) return send(res, 421, 'unexpected Host header');
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', `http://${hostHeader}`).pathname;
    } catch {
      return send(res, 400, 'bad URL');
    }
    if (pathname.startsWith('/api/')) {
      handleApi(req, res, pathname.slice('/api/'.length)).catch((error: unknown) => {
        // The details (which may name folders) go to the log, not to the page.
        console.error(`web shell: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        if (!res.headersSent) send(res, 500, 'the request failed');
      });
      return;
    }
    handleStatic(req, res, pathname);
  });
  server.requestTimeout = 120_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const shownHost = host === '::1' ? '[::1]' : host === 'localhost' ? 'localhost' : '127.0.0.1';
  return {
    url: `http://${shownHost}:${port}/?token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        // Maps still open in its pages are let go: nobody holds them once the shell is gone.
        documents.locks.releaseAll();
        documents.dispose();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

// The door into main: no channel answers a sender that is not our own page, and no handler
// runs for one; unknown channels are refused. (Malformed payloads: handlers.test.ts.)
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createGate } from '../../../electron/services/ipcGate.ts';
import { isTrustedSenderUrl } from '../../../electron/services/trustedSender.ts';
import { CHANNELS, type Channel } from '../../../shared/api.ts';
import type { Handler } from '../../../electron/services/handlers.ts';

const indexFile = path.resolve('/app/out/renderer/index.html');

function gate() {
  const called: string[] = [];
  const handlers = new Map<Channel, Handler>(CHANNELS.map((c) => [c, async () => (called.push(c), { ok: true, value: c })]));
  return { called, pass: createGate(handlers, (url) => isTrustedSenderUrl(url, { indexFile })) };
}

describe('IPC gate', () => {
  it('refuses every channel to unknown senders before any handler runs', async () => {
    const { called, pass } = gate();
    const strangers = [undefined, '', 'https://evil.example/', 'file:///tmp/evil.html', `${pathToFileURL(indexFile).href}.evil`, 'devtools://devtools/bundled/x.html', 'about:blank'];
    for (const channel of CHANNELS) {
      for (const url of strangers) {
        expect(await pass(url, channel, {}), `${channel} from ${String(url)}`).toEqual({ ok: false, error: { code: 'forbidden', message: 'unknown sender' } });
      }
    }
    expect(called).toEqual([]);
  });

  it('passes our own page through to the handler, and refuses unknown channels', async () => {
    const { called, pass } = gate();
    const own = pathToFileURL(indexFile).href;
    for (const channel of CHANNELS) expect(await pass(own, channel, {})).toEqual({ ok: true, value: channel });
    expect(called).toEqual(CHANNELS);
    for (const channel of ['doc:delete', 42, null, '__proto__', 'constructor']) {
      expect((await pass(own, channel, {})).ok, String(channel)).toBe(false);
    }
  });
});

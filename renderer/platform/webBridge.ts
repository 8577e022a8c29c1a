// The web shell's implementation of the bridge: the same contract over HTTP/JSON, with the
// per-run token the shell printed (it arrives in the page URL and is kept for reloads).
import type { Bridge, Channel, Envelope, Request, Response } from '../../shared/api.ts';

const TOKEN_KEY = 'cjm.token';
/** under the 64 KiB browsers allow for all keepalive requests in flight, with room for a lock's release */
const KEEPALIVE_BYTES = 60_000;

function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function createWebBridge(): Bridge {
  const token = takeToken();
  return {
    async invoke<C extends Channel>(channel: C, request: Request<C>): Promise<Envelope<Response<C>>> {
      let res: globalThis.Response;
      const body = JSON.stringify(request);
      try {
        res = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body,
          // A draft discarded or written, or a lock given up, as the page goes away must still
          // arrive. Browsers refuse keepalive bodies past 64 KiB: a larger draft goes out plainly
          // (it was written before the browser's "leave this page?" already, see recovery.ts).
          keepalive: channel === 'recovery:discard' || channel === 'doc:close' || (channel === 'recovery:put' && new TextEncoder().encode(body).length < KEEPALIVE_BYTES),
        });
      } catch (error) {
        return { ok: false, error: { code: 'io', message: `the web shell is not reachable (${String(error)})` } };
      }
      if (res.status === 401) {
        return { ok: false, error: { code: 'forbidden', message: 'the web shell rejected this page: open the address it printed' } };
      }
      if (!res.ok) return { ok: false, error: { code: 'internal', message: `${res.status}: ${await res.text()}` } };
      return (await res.json()) as Envelope<Response<C>>;
    },
    onCommand: () => () => {},
    setWindowState: () => {},
    closeAfterSave: () => {},
  };
}

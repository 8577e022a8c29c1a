// The one door from a renderer into main: the sender is checked before anything else (a frame
// that is not our own page gets 'forbidden' and reaches no handler), then the channel, then the
// handler validates its payload. Plain Node, so every channel is tested without Electron.
import type { Channel, Envelope } from '../../shared/api.ts';
import type { Handler } from './handlers.ts';

export type Gate = (senderUrl: string | undefined, channel: unknown, payload: unknown) => Promise<Envelope<unknown>>;

export function createGate(handlers: Map<Channel, Handler>, isTrusted: (senderUrl: string | undefined) => boolean): Gate {
  return async (senderUrl, channel, payload) => {
    if (!isTrusted(senderUrl)) return { ok: false, error: { code: 'forbidden', message: 'unknown sender' } };
    const handler = typeof channel === 'string' ? handlers.get(channel as Channel) : undefined;
    if (!handler) return { ok: false, error: { code: 'invalid-request', message: `unknown channel ${String(channel).slice(0, 100)}` } };
    return handler(payload);
  };
}

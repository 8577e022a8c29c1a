// The renderer's only door to the outside: window.cjm in Electron (from the preload), an
// HTTP client in the web shell. Both speak the contract in shared/api.ts.
import { unwrap, type Bridge, type Channel, type Request, type Response } from '../../shared/api.ts';
import { createWebBridge } from './webBridge.ts';

declare global {
  interface Window {
    cjm?: Bridge;
  }
}

export const shell: 'electron' | 'web' = window.cjm ? 'electron' : 'web';
export const bridge: Bridge = window.cjm ?? createWebBridge();

/** Calls the Node side; throws ApiError with a code the UI can translate. */
export async function call<C extends Channel>(channel: C, request: Request<C>): Promise<Response<C>> {
  return unwrap(await bridge.invoke(channel, request));
}

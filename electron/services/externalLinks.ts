// Which requests for a new window may be offered to the user as "open in your browser":
// decided on the parsed URL (never string matching), before any dialog is shown.

/** How Chromium wanted to open the new window (Electron's `HandlerDetails.disposition`). */
export type Disposition = 'default' | 'foreground-tab' | 'background-tab' | 'new-window' | 'other';

// A click on a link opens a tab; a popup-style window.open (one with a features string) asks
// for 'new-window'. Chromium also reports a plain `window.open(url)` as 'foreground-tab', so
// this only narrows what is offered: the dialog that shows the address is the real gate.
const LINK_CLICKS: ReadonlySet<Disposition> = new Set(['foreground-tab', 'background-tab']);
// Only web pages: file:, smb: or a custom scheme could start a program or reach a share.
const SCHEMES = new Set(['http:', 'https:']);

/**
 * The address to show the user and, if they agree, open (the URL as parsed, so the dialog
 * shows exactly what would open: an IDN host in punycode, control characters escaped),
 * or undefined when the request may not even be offered.
 */
export function linkToOffer(url: string, disposition: Disposition): string | undefined {
  if (!LINK_CLICKS.has(disposition)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!SCHEMES.has(parsed.protocol)) return undefined;
  // `https://bank.example@evil.example/` names evil.example: an address that reads as another is refused.
  if (parsed.username || parsed.password) return undefined;
  return parsed.href;
}

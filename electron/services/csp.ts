// One Content-Security-Policy for every way the renderer is served: the web shell sends it as
// a header, the build writes it into index.html for Electron's file:// pages. No inline script
// or style, no eval, no remote anything.
const directives = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
];

/** For <meta http-equiv>: frame-ancestors is only honoured as a header. */
export const CONTENT_SECURITY_POLICY_META = directives.join('; ');
export const CONTENT_SECURITY_POLICY = [...directives, "frame-ancestors 'none'"].join('; ');

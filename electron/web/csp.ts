/**
 * Content-Security-Policy of every page browser mode serves (SEC-08): nothing but this origin;
 * images also from data: and blob: (exports, previews). No remote host can be reached from the UI.
 */
export function webContentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

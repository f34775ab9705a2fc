/**
 * The Content-Security-Policy of every page Affiche serves, in Electron (app://) and in browser
 * mode (SEC-08): nothing but the app's own origin and its media sources can be reached.
 */

const CSP_SOURCE = /^(?:'self'|'none'|[a-z][a-z0-9+.-]*:(?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?)?)$/;

/**
 * The page's Content-Security-Policy. `mediaSources` are the extra sources media is loaded from:
 * `['asset:']` in Electron; `[]` in browser mode, where media is same-origin (`/asset/...`) and
 * 'self' is the loopback origin. Media sources are allowed for images, fonts (brand fonts are
 * library assets), audio/video, and fetch (so the renderer can read a blob it shows).
 */
export function buildContentSecurityPolicy(options: { mediaSources?: readonly string[] } = {}): string {
  const media = [...(options.mediaSources ?? [])];
  for (const source of media) {
    if (!CSP_SOURCE.test(source)) throw new Error(`Not a CSP source: ${JSON.stringify(source)}`);
  }
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", ...media, 'data:', 'blob:']],
    ['font-src', ["'self'", ...media, 'data:']],
    ['media-src', ["'self'", ...media, 'blob:']],
    ['connect-src', ["'self'", ...media]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}


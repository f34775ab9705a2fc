import { mkdtempSync, mkdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  PRIVILEGED_SCHEMES,
  appResponseHeaders,
  buildContentSecurityPolicy,
  contentTypeForFile,
  devServerOrigin,
  downloadDialogOptions,
  isAllowedExternalUrl,
  isAllowedNavigation,
  isPathInside,
  isTrustedSender,
  mediaResponseHeaders,
  mediaUrlFor,
  normalizeExternalUrl,
  parseLibraryArg,
  parseMediaUrl,
  parseRange,
  permissionDecision,
  resolveAppFile,
  resolveInside,
  secureWindowOptions,
  shouldBlockRequest,
  sniffMediaType,
} from './policy';
import { buildMenuTemplate } from './menu';

const SHA = 'a'.repeat(64);
const SHA2 = '0123456789abcdef'.repeat(4);

describe('SEC-02 window options', () => {
  const options = secureWindowOptions('/app/out/preload/index.cjs');
  it('isolates and sandboxes the renderer', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    });
  });
  it('sets nothing that weakens the defaults', () => {
    const prefs = options.webPreferences as unknown as Record<string, unknown>;
    for (const risky of ['enableBlinkFeatures', 'enableRemoteModule', 'disableBlinkFeatures', 'additionalArguments', 'nodeIntegrationInWorker']) {
      if (risky === 'nodeIntegrationInWorker') expect(prefs[risky]).toBe(false);
      else expect(prefs[risky]).toBeUndefined();
    }
  });
  it('opens a 1400x900 window, at least 1000x680, hidden until ready, titled Affiche', () => {
    expect(options).toMatchObject({ width: 1400, height: 900, minWidth: 1000, minHeight: 680, show: false, title: 'Affiche' });
  });
  it('gives every call a fresh object (no shared mutable options)', () => {
    expect(secureWindowOptions('x')).not.toBe(secureWindowOptions('x'));
    expect(secureWindowOptions('x').webPreferences).not.toBe(secureWindowOptions('x').webPreferences);
  });
  it('registers app and asset as standard, secure, fetch, CORS and stream schemes (never bypassCSP)', () => {
    expect(PRIVILEGED_SCHEMES.map((s) => s.scheme)).toEqual(['app', 'asset']);
    for (const { privileges } of PRIVILEGED_SCHEMES) {
      expect(privileges).toEqual({ standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true });
      expect('bypassCSP' in privileges).toBe(false);
    }
  });
});

describe('SEC-03 navigation and permissions', () => {
  it('allows only app://affiche/ pages', () => {
    expect(isAllowedNavigation(APP_ENTRY_URL)).toBe(true);
    expect(isAllowedNavigation('app://affiche/')).toBe(true);
    expect(isAllowedNavigation('app://affiche/index.html#/editor/abc')).toBe(true);
  });
  it.each([
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://affiche.evil.com/',
    'app://affiche@evil/',
    'app://user:pw@affiche/',
    'app://affiche:8080/',
    'asset://asset/' + SHA,
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'blob:app://affiche/123',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    ' app://affiche/',
    'app://affiche/\n',
    'app:/affiche/',
    'APP://affiche/',
    '',
    'not a url',
  ])('refuses %j', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
  it('refuses non-strings', () => {
    for (const value of [undefined, null, 42, {}, ['app://affiche/']]) expect(isAllowedNavigation(value)).toBe(false);
  });
  it('allows the loopback dev server only when it is given', () => {
    const dev = devServerOrigin('http://localhost:5173/');
    expect(dev).toBe('http://localhost:5173');
    expect(isAllowedNavigation('http://localhost:5173/editor', dev)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', dev)).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173/')).toBe(false);
  });
  it('accepts only loopback http(s) dev servers', () => {
    expect(devServerOrigin('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173');
    expect(devServerOrigin('http://[::1]:5173')).toBe('http://[::1]:5173');
    for (const bad of ['http://example.com:5173', 'file:///x', 'http://user@localhost:1', 'http://localhost.evil.com', undefined, '', 'javascript:1']) {
      expect(devServerOrigin(bad)).toBeNull();
    }
  });
  it('denies every permission', () => {
    const permissions = [
      'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'fullscreen', 'geolocation', 'idle-detection', 'media',
      'mediaKeySystem', 'midi', 'midiSysex', 'notifications', 'pointerLock', 'keyboardLock', 'openExternal', 'speaker-selection',
      'storage-access', 'top-level-storage-access', 'window-management', 'unknown', 'fileSystem', 'hid', 'serial', 'usb', '',
    ];
    for (const permission of permissions) expect(permissionDecision(permission)).toBe(false);
  });
});

describe('SEC-04 openExternal', () => {
  it.each(['https://example.com', 'https://example.com/path?q=1#x', 'HTTPS://EXAMPLE.COM/', 'mailto:hello@example.com', 'mailto:a@b.c?subject=Hi%20there'])(
    'allows %j',
    (url) => {
      expect(isAllowedExternalUrl(url)).toBe(true);
    },
  );
  it('hands over the normalised URL', () => {
    expect(normalizeExternalUrl('HTTPS://Example.COM')).toBe('https://example.com/');
  });
  const hostile = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    ' javascript:alert(1)',
    '\u0000javascript:alert(1)',
    'javascript://example.com/%0aalert(1)',
    'file:///etc/passwd',
    'file://server/share/x.exe',
    'FILE:///C:/Windows/System32/calc.exe',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'http://example.com',
    'HTTP://example.com',
    'ftp://example.com/x',
    'sftp://example.com/x',
    'smb://attacker/share',
    '\\\\attacker\\share\\x.exe',
    'ms-msdt:/id PCWDiagnostic /skip force',
    'search-ms:query=x&crumb=location:\\\\attacker\\share',
    'ms-officecmd:{"id":1}',
    'ms-settings:privacy',
    'ms-word:ofe|u|https://attacker/x.docx',
    'chrome://settings',
    'chrome-extension://abc/x.html',
    'about:blank',
    'blob:https://example.com/uuid',
    'app://affiche/index.html',
    'asset://asset/' + SHA,
    'jar:file:///x.jar!/',
    'intent://scan/#Intent;scheme=zxing;end',
    'ssh://root@example.com',
    'tel:+33123456789',
    'sms:+33123456789',
    'x-apple.systempreferences:',
    'vscode://file/etc/passwd',
    'steam://run/1',
    'mailto:',
    'mailto://example.com',
    'https://',
    'https:///path',
    'https:example.com',
    'https:\\\\example.com',
    'https://example.com\\@evil.com',
    '/\\example.com',
    'https://user:pass@example.com/',
    'https://example.com@evil.com/',
    'https://exa mple.com/',
    'https://example.com/\u0000',
    'https://example.com/\u202e',
    '\u00a0https://example.com',
    'https://example.com\r\n',
    '//example.com',
    'example.com',
    '',
    'a'.repeat(9000),
  ];
  it(`rejects ${hostile.length} hostile URLs`, () => {
    expect(hostile.length).toBeGreaterThanOrEqual(20);
    for (const url of hostile) expect({ url, allowed: isAllowedExternalUrl(url) }).toEqual({ url, allowed: false });
  });
  it('rejects non-strings', () => {
    for (const value of [undefined, null, 1, {}, new URL('https://example.com')]) expect(isAllowedExternalUrl(value)).toBe(false);
  });
});

describe('SEC-05 IPC sender', () => {
  it('trusts only app://affiche/ frames', () => {
    expect(isTrustedSender('app://affiche/index.html')).toBe(true);
    for (const url of ['', 'about:blank', 'https://example.com/', 'app://affiche2/', 'app://evil/', 'file:///index.html', 'data:text/html,x', null, undefined, 3]) {
      expect(isTrustedSender(url)).toBe(false);
    }
  });
  it('trusts the dev server only when given', () => {
    expect(isTrustedSender('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender('http://localhost:5173/')).toBe(false);
  });
});

describe('SEC-08 content security policy and network', () => {
  it('is the reviewed policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' asset: data: blob:; " +
        "font-src 'self' asset: data:; media-src 'self' asset: blob:; connect-src 'self' asset:; object-src 'none'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });
  it('never allows inline or eval scripts, remote hosts or plugins', () => {
    const script = /script-src ([^;]*)/.exec(CONTENT_SECURITY_POLICY)![1];
    expect(script).toBe("'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
  it('builds the browser-mode policy (same-origin media)', () => {
    const csp = buildContentSecurityPolicy();
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).not.toContain('asset:');
  });
  it('refuses sources that would inject directives', () => {
    for (const bad of ["asset:; script-src 'unsafe-inline'", '*', "'unsafe-eval'", 'https://a b', '']) {
      expect(() => buildContentSecurityPolicy({ mediaSources: [bad] })).toThrow();
    }
  });
  it('sends the CSP with every app:// response', () => {
    expect(appResponseHeaders('text/html')).toMatchObject({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Content-Type': 'text/html',
    });
  });
  it('blocks every request that would leave the machine', () => {
    for (const url of ['https://fonts.googleapis.com/css', 'http://example.com/x.png', 'ws://example.com/', 'wss://example.com', 'file:///etc/passwd', 'http://127.0.0.1:9/', 'not a url', 7]) {
      expect(shouldBlockRequest(url)).toBe(true);
    }
    for (const url of ['app://affiche/index.html', `asset://asset/${SHA}`, 'data:image/png;base64,AA==', 'blob:app://affiche/1', 'devtools://devtools/x']) {
      expect(shouldBlockRequest(url)).toBe(false);
    }
  });
  it('lets the dev server and its HMR socket through in dev only', () => {
    const dev = 'http://localhost:5173';
    expect(shouldBlockRequest('http://localhost:5173/src/main.tsx', dev)).toBe(false);
    expect(shouldBlockRequest('ws://localhost:5173/', dev)).toBe(false);
    expect(shouldBlockRequest('http://localhost:5174/', dev)).toBe(true);
    expect(shouldBlockRequest('https://example.com/', dev)).toBe(true);
  });
});

describe('app:// files', () => {
  let tmp: string;
  let root: string;
  beforeAll(() => {
    tmp = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'affiche-policy-')));
    root = path.join(tmp, 'renderer');
    mkdirSync(path.join(root, 'assets'), { recursive: true });
    mkdirSync(path.join(root, 'fonts'), { recursive: true });
    writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
    writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'export {}');
    writeFileSync(path.join(root, 'fonts', 'Open Sans.ttf'), 'x');
    writeFileSync(path.join(tmp, 'secret.txt'), 'secret');
    mkdirSync(path.join(tmp, 'renderer-evil'));
    writeFileSync(path.join(tmp, 'renderer-evil', 'x.js'), 'evil');
    symlinkSync(path.join(tmp, 'secret.txt'), path.join(root, 'assets', 'link-out.txt'));
    symlinkSync(tmp, path.join(root, 'dir-out'));
    symlinkSync(path.join(root, 'index.html'), path.join(root, 'assets', 'link-in.html'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('serves index.html for /', async () => {
    expect(await resolveAppFile(root, '/')).toBe(path.join(root, 'index.html'));
    expect(await resolveAppFile(root, '/index.html')).toBe(path.join(root, 'index.html'));
  });
  it('serves built files, including names with encoded spaces', async () => {
    expect(await resolveAppFile(root, '/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(await resolveAppFile(root, '/fonts/Open%20Sans.ttf')).toBe(path.join(root, 'fonts', 'Open Sans.ttf'));
  });
  it('follows symlinks that stay inside the root', async () => {
    expect(await resolveAppFile(root, '/assets/link-in.html')).toBe(path.join(root, 'index.html'));
  });
  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/.%2e/secret.txt',
    '/assets%2f..%2f..%2fsecret.txt',
    '/assets%2F..%2F..%2Fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/assets/./index-abc.js',
    '//etc/passwd',
    '/index.html%00.js',
    '/index.html\u0000',
    '/C:/Windows/win.ini',
    '/index.html:stream',
    '/assets/link-out.txt',
    '/dir-out/secret.txt',
    '/../renderer-evil/x.js',
    '/assets',
    '/missing.js',
    '/%',
    '/%zz',
    'index.html',
    '',
    '/' + 'a/'.repeat(600),
  ])('refuses %j', async (pathname) => {
    expect(await resolveAppFile(root, pathname)).toBeNull();
  });
  it('refuses absolute paths to files outside the root', async () => {
    expect(await resolveAppFile(root, '/' + path.join(tmp, 'secret.txt'))).toBeNull();
    expect(await resolveAppFile(root, path.join(tmp, 'secret.txt'))).toBeNull();
    expect(await resolveAppFile(root, '/etc/passwd')).toBeNull();
  });
  it('refuses non-string paths', async () => {
    expect(await resolveAppFile(root, undefined)).toBeNull();
    expect(await resolveAppFile(root, 42)).toBeNull();
  });
  it('checks containment by real path (no prefix confusion)', async () => {
    expect(isPathInside('/a/renderer', '/a/renderer-evil/x.js')).toBe(false);
    expect(isPathInside('/a/renderer', '/a/renderer')).toBe(false);
    expect(isPathInside('/a/renderer', '/a/renderer/..x')).toBe(true);
    expect(await resolveInside(root, path.join(tmp, 'secret.txt'))).toBeNull();
    expect(await resolveInside(root, path.join(root, 'assets', 'link-out.txt'))).toBeNull();
  });
  it('gives module scripts and fonts the right content type', () => {
    expect(contentTypeForFile('/x/index-abc.js')).toMatch(/^text\/javascript/);
    expect(contentTypeForFile('/x/index.HTML')).toMatch(/^text\/html/);
    expect(contentTypeForFile('/x/a.woff2')).toBe('font/woff2');
    expect(contentTypeForFile('/x/a.ttf')).toBe('font/ttf');
    expect(contentTypeForFile('/x/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('SEC-07 asset:// URLs', () => {
  it('round-trips the URLs the preload builds', () => {
    expect(mediaUrlFor('asset', SHA)).toBe(`asset://asset/${SHA}`);
    expect(mediaUrlFor('thumb', SHA2, '3')).toBe(`asset://thumb/${SHA2}?v=3`);
    expect(mediaUrlFor('design-thumb', 'Design_1-x', '2025-01-02T03:04:05.678Z')).toBe('asset://design-thumb/Design_1-x?v=2025-01-02T03:04:05.678Z');
    expect(parseMediaUrl(mediaUrlFor('asset', SHA))).toEqual({ kind: 'asset', id: SHA });
    expect(parseMediaUrl(mediaUrlFor('thumb', SHA2, '3'))).toEqual({ kind: 'thumb', id: SHA2 });
    expect(parseMediaUrl(mediaUrlFor('design-thumb', 'Design_1-x', '2025-01-02T03:04:05.678Z'))).toEqual({ kind: 'design-thumb', id: 'Design_1-x' });
  });
  it('keeps hostile ids inert', () => {
    expect(mediaUrlFor('asset', '../../etc/passwd')).toBe('asset://asset/..%2F..%2Fetc%2Fpasswd');
    expect(parseMediaUrl(mediaUrlFor('asset', '../../etc/passwd'))).toBeNull();
    expect(parseMediaUrl(mediaUrlFor('design-thumb', 'a?b#c'))).toBeNull();
    expect(parseMediaUrl(mediaUrlFor('thumb', SHA, 'a b'))).toBeNull();
  });
  it.each([
    `asset://asset/../${SHA}`,
    `asset://asset/..%2f${SHA}`,
    `asset://asset/%2e%2e/${SHA}`,
    `asset://asset/%2E%2E%2F${SHA}`,
    'asset://asset/..%2F..%2Fetc%2Fpasswd',
    'asset://asset/../../../../etc/passwd',
    'asset://asset//etc/passwd',
    'asset://asset/etc/passwd',
    'asset:///etc/passwd',
    'asset://asset/C:/Windows/win.ini',
    'asset://asset/C:\\Windows\\win.ini',
    `asset://asset/${SHA}/extra`,
    `asset://asset/${SHA}%00`,
    `asset://asset/${SHA}\u0000`,
    `asset://asset/${SHA.toUpperCase()}`,
    `asset://asset/${SHA.slice(1)}`,
    `asset://asset/${SHA}0`,
    'asset://asset/not-a-hash',
    'asset://asset/',
    'asset://asset',
    `asset://thumb/${SHA}.webp`,
    'asset://design-thumb/../x',
    'asset://design-thumb/' + 'a'.repeat(65),
    'asset://design-thumb/a.b',
    `asset://evil/${SHA}`,
    `asset://ASSET/${SHA}`,
    `asset://user:pw@asset/${SHA}`,
    `asset://asset:80/${SHA}`,
    `asset://asset/${SHA}#frag`,
    `asset://asset/${SHA}?path=/etc/passwd`,
    `asset://asset/${SHA}?v=1&v=../x`,
    `file:///library/blobs/${SHA}`,
    `app://affiche/${SHA}`,
    `https://asset/${SHA}`,
    ` asset://asset/${SHA}`,
    '',
  ])('refuses %j', (url) => {
    expect(parseMediaUrl(url)).toBeNull();
  });
  it('refuses non-strings', () => {
    for (const value of [undefined, null, 1, {}]) expect(parseMediaUrl(value)).toBeNull();
  });
  it('lets the page read media without tainting the canvas', () => {
    expect(mediaResponseHeaders('image/png', { immutable: true })).toMatchObject({
      'Access-Control-Allow-Origin': 'app://affiche',
      'Content-Type': 'image/png',
      'X-Content-Type-Options': 'nosniff',
      'Accept-Ranges': 'bytes',
    });
    expect(mediaResponseHeaders('image/svg+xml', { immutable: false })['Content-Security-Policy']).toContain('sandbox');
  });
});

describe('media content types', () => {
  const bytes = (...parts: Array<string | number[]>) =>
    Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
  it.each([
    [bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]), 'image/png'],
    [bytes([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg'],
    [bytes('GIF89a'), 'image/gif'],
    [bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    [bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt '), 'audio/wav'],
    [bytes([0, 0, 0, 0x20], 'ftypisom'), 'video/mp4'],
    [bytes([0, 0, 0, 0x20], 'ftypavif'), 'image/avif'],
    [bytes([0, 0, 0, 0x20], 'ftypM4A '), 'audio/mp4'],
    [bytes([0, 0, 0, 0x14], 'ftypqt  '), 'video/quicktime'],
    [bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x84], 'webm'), 'video/webm'],
    [bytes('OggS'), 'audio/ogg'],
    [bytes('fLaC'), 'audio/flac'],
    [bytes('ID3', [3, 0]), 'audio/mpeg'],
    [bytes([0xff, 0xfb, 0x90, 0x00]), 'audio/mpeg'],
    [bytes([0xff, 0xf1, 0x50, 0x80]), 'audio/aac'],
    [bytes([0, 1, 0, 0, 0, 0x10]), 'font/ttf'],
    [bytes('OTTO'), 'font/otf'],
    [bytes('wOFF'), 'font/woff'],
    [bytes('wOF2'), 'font/woff2'],
    [bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml'],
    [bytes('<?xml version="1.0"?><svg/>'), 'image/svg+xml'],
    [bytes('<html><script>alert(1)</script>'), 'application/octet-stream'],
    [bytes('MZ'), 'application/octet-stream'],
    [new Uint8Array(0), 'application/octet-stream'],
  ])('sniffs %#', (head, type) => {
    expect(sniffMediaType(head)).toBe(type);
  });
});

describe('range requests (video seeking)', () => {
  it('parses single ranges', () => {
    expect(parseRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=500-', 1000)).toEqual({ start: 500, end: 999 });
    expect(parseRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-5000', 1000)).toEqual({ start: 0, end: 999 });
    expect(parseRange('bytes=990-5000', 1000)).toEqual({ start: 990, end: 999 });
  });
  it('answers 416 for ranges past the end', () => {
    expect(parseRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(parseRange('bytes=-0', 1000)).toBe('unsatisfiable');
    expect(parseRange('bytes=0-', 0)).toBe('unsatisfiable');
  });
  it('ignores what it does not support (whole file)', () => {
    expect(parseRange(null, 1000)).toBeNull();
    expect(parseRange('bytes=0-1,5-6', 1000)).toBeNull();
    expect(parseRange('items=0-1', 1000)).toBeNull();
    expect(parseRange('bytes=9-1', 1000)).toBeNull();
    expect(parseRange('bytes=-', 1000)).toBeNull();
  });
});

describe('command line and downloads', () => {
  it('reads --library DIR and --library=DIR', () => {
    expect(parseLibraryArg(['/usr/bin/electron', '.', '--library', 'lib'], '/home/me')).toBe(path.resolve('/home/me', 'lib'));
    expect(parseLibraryArg(['affiche', '--library=/data/lib'], '/home/me')).toBe(path.resolve('/data/lib'));
    expect(parseLibraryArg(['affiche'], '/home/me')).toBeNull();
    expect(parseLibraryArg(['affiche', '--library'], '/home/me')).toBeNull();
    expect(parseLibraryArg(['affiche', '--library', '--other'], '/home/me')).toBeNull();
    expect(parseLibraryArg(['affiche', '--library='], '/home/me')).toBeNull();
  });
  it('suggests a save path in Downloads with only the base name', () => {
    expect(downloadDialogOptions('post.png', '/home/me/Downloads').defaultPath).toBe(path.join('/home/me/Downloads', 'post.png'));
    expect(downloadDialogOptions('../../.bashrc', '/d').defaultPath).toBe(path.join('/d', '.._.._.bashrc'));
    expect(downloadDialogOptions('..', '/d').defaultPath).toBe(path.join('/d', 'affiche-export'));
    expect(downloadDialogOptions('a\u0000b\nc.png', '/d').defaultPath).toBe(path.join('/d', 'abc.png'));
  });
});

describe('application menu', () => {
  const find = (template: ReturnType<typeof buildMenuTemplate>, label: string) => template.find((item) => item.label === label);
  const roles = (item: ReturnType<typeof buildMenuTemplate>[number] | undefined) =>
    (item?.submenu as Array<{ role?: string; label?: string }>).map((entry) => entry.role ?? entry.label);
  it('offers File, Edit, View, Help; reload only in dev', () => {
    let newDesign = 0;
    const prod = buildMenuTemplate({ isDev: false, isMac: false, newDesign: () => newDesign++ });
    expect(prod.map((item) => item.label ?? item.role)).toEqual(['File', 'Edit', 'View', 'help']);
    expect(roles(find(prod, 'File'))).toEqual(['New design', undefined, 'quit']);
    expect(roles(find(prod, 'View'))).toEqual(['togglefullscreen']);
    expect(roles(find(prod, 'Edit'))).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
    const dev = buildMenuTemplate({ isDev: true, isMac: false, newDesign: () => {} });
    expect(roles(find(dev, 'View'))).toEqual(expect.arrayContaining(['reload', 'togglefullscreen']));
    const item = (find(prod, 'File')!.submenu as Array<{ label?: string; click?: () => void }>)[0];
    item.click!();
    expect(newDesign).toBe(1);
  });
  it('puts the app menu first on macOS', () => {
    const mac = buildMenuTemplate({ isDev: false, isMac: true, newDesign: () => {} });
    expect(mac[0].label).toBe('Affiche');
  });
});

/**
 * The Electron adapter (index.ts) against a fake 'electron' module: the binary isn't available on
 * the build machines (docs/architecture.md, Media and ffmpeg), but the wiring — which handler gets which policy, headers,
 * ranges, sender checks, dialogs — is still ours to test. The fake records what index.ts asks of
 * Electron; the real protocol/IPC machinery is covered by e2e/electron.spec.ts where it can run.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: any[]) => unknown;

const h = vi.hoisted(() => {
  class Emitter {
    listeners: Record<string, Listener[]> = {};
    on(event: string, listener: Listener) {
      (this.listeners[event] ??= []).push(listener);
      return this;
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    }
    emit(event: string, ...args: unknown[]) {
      for (const listener of this.listeners[event] ?? []) listener(...args);
    }
  }
  class FakeContents extends Emitter {
    url = '';
    sent: unknown[][] = [];
    openHandler: ((details: { url: string }) => { action: string }) | null = null;
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.openHandler = handler;
    }
    send(...args: unknown[]) {
      this.sent.push(args);
    }
    getURL() {
      return this.url;
    }
    isDestroyed() {
      return false;
    }
  }
  const state = {
    windows: [] as FakeWindow[],
    protocolHandlers: {} as Record<string, (request: Request) => Promise<Response>>,
    privileged: [] as unknown[],
    ipcHandlers: {} as Record<string, Listener>,
    app: new Emitter(),
    session: new Emitter(),
    permissionRequest: null as Listener | null,
    permissionCheck: null as Listener | null,
    devicePermission: null as Listener | null,
    beforeRequest: null as { filter: unknown; listener: Listener } | null,
    openExternal: [] as string[],
    errorBoxes: [] as Array<[string, string]>,
    exitCodes: [] as number[],
    quits: 0,
    menu: null as unknown,
    singleInstance: true,
    backendError: null as unknown,
    libraryDir: '',
    mediaFiles: {} as Record<string, string>,
    dispatched: [] as unknown[][],
    eventListener: null as null | ((name: string, payload: unknown) => void),
    ready: Promise.resolve(),
    FakeContents,
  };
  class FakeWindow extends Emitter {
    webContents = new FakeContents();
    loaded: string[] = [];
    constructor(readonly options: any) {
      super();
      state.windows.push(this);
      state.app.emit('web-contents-created', {}, this.webContents);
    }
    static getAllWindows() {
      return state.windows;
    }
    loadURL(url: string) {
      this.loaded.push(url);
      this.webContents.url = url;
      return Promise.resolve();
    }
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    show() {}
    focus() {}
  }
  return { state, FakeWindow };
});

vi.mock('electron', () => {
  const { state, FakeWindow } = h;
  return {
    app: {
      isPackaged: true,
      on: (event: string, listener: Listener) => state.app.on(event, listener),
      whenReady: () => state.ready,
      requestSingleInstanceLock: () => state.singleInstance,
      quit: () => {
        state.quits++;
      },
      exit: (code: number) => {
        state.exitCodes.push(code);
      },
      getPath: (name: string) => `/home/me/${name}`,
      getVersion: () => '0.1.0',
      setAboutPanelOptions: () => {},
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.privileged.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        state.protocolHandlers[scheme] = handler;
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (state.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => (state.permissionCheck = handler),
        setDevicePermissionHandler: (handler: Listener) => (state.devicePermission = handler),
        webRequest: { onBeforeRequest: (filter: unknown, listener: Listener) => (state.beforeRequest = { filter, listener }) },
        on: (event: string, listener: Listener) => state.session.on(event, listener),
      },
    },
    ipcMain: { handle: (channel: string, handler: Listener) => (state.ipcHandlers[channel] = handler) },
    BrowserWindow: FakeWindow,
    Menu: { buildFromTemplate: (template: unknown) => ({ template }), setApplicationMenu: (menu: unknown) => (state.menu = menu) },
    dialog: { showErrorBox: (title: string, content: string) => state.errorBoxes.push([title, content]) },
    shell: {
      openExternal: (url: string) => {
        state.openExternal.push(url);
        return Promise.resolve();
      },
    },
  };
});

vi.mock('../services/backend', () => {
  const { state } = h;
  return {
    defaultLibraryDir: () => state.libraryDir,
    createBackend: async (options: { libraryDir: string; transport: string }) => {
      if (state.backendError) throw state.backendError;
      expect(options).toMatchObject({ libraryDir: state.libraryDir, transport: 'electron' });
      // Jobs ask the host for dialogs: Electron passes its own (./host.ts).
      expect(Object.keys((options as { host?: object }).host ?? {}).sort()).toEqual(['chooseOpenPath', 'chooseSavePath', 'revealPath']);
      return {
        staging: {},
        dispatch: async (method: string, args: unknown) => {
          state.dispatched.push([method, args]);
          return { ok: true, result: { method } };
        },
        mediaPath: (kind: string, id: string) => state.mediaFiles[`${kind}/${id}`] ?? null,
        onEvent: (listener: (name: string, payload: unknown) => void) => {
          state.eventListener = listener;
          return () => {};
        },
        close: async () => {},
      };
    },
  };
});

// The built renderer isn't there in a unit test: point app:// at a temporary folder instead.
const rendererDir = vi.hoisted(() => ({ value: '' }));
vi.mock('./policy', async (importOriginal) => {
  const original = await importOriginal<typeof import('./policy')>();
  return { ...original, resolveAppFile: (_root: string, pathname: unknown) => original.resolveAppFile(rendererDir.value, pathname) };
});

const { state } = h;
const SHA = 'c'.repeat(64);
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 92 }, (_, i) => i)]);
let tmp: string;

function resetState() {
  state.windows.length = 0;
  state.protocolHandlers = {};
  state.privileged.length = 0;
  state.ipcHandlers = {};
  state.app.listeners = {};
  state.session.listeners = {};
  state.openExternal.length = 0;
  state.errorBoxes.length = 0;
  state.exitCodes.length = 0;
  state.quits = 0;
  state.dispatched.length = 0;
  state.backendError = null;
  state.singleInstance = true;
}

async function loadMain() {
  vi.resetModules();
  await import('./index');
  // start() runs after whenReady(): let its awaits settle.
  for (let i = 0; i < 20 && !state.windows.length && !state.errorBoxes.length && state.singleInstance; i++) await new Promise((r) => setTimeout(r, 5));
}

beforeAll(() => {
  tmp = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'affiche-main-')));
  rendererDir.value = path.join(tmp, 'renderer');
  state.libraryDir = path.join(tmp, 'library');
  mkdirSync(path.join(rendererDir.value, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir.value, 'index.html'), '<!doctype html><title>Affiche</title>');
  writeFileSync(path.join(rendererDir.value, 'assets', 'index-1.js'), 'export const x = 1;');
  mkdirSync(path.join(state.libraryDir, 'blobs'), { recursive: true });
  mkdirSync(path.join(state.libraryDir, 'thumbs'), { recursive: true });
  writeFileSync(path.join(state.libraryDir, 'blobs', SHA), PNG);
  writeFileSync(path.join(tmp, 'outside.png'), PNG);
  symlinkSync(path.join(tmp, 'outside.png'), path.join(state.libraryDir, 'thumbs', 'evil.webp'));
  state.mediaFiles = {
    [`asset/${SHA}`]: path.join(state.libraryDir, 'blobs', SHA),
    [`thumb/${SHA}`]: path.join(state.libraryDir, 'thumbs', 'evil.webp'),
    [`design-thumb/outside`]: path.join(tmp, 'outside.png'),
  };
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a normal start', () => {
  beforeAll(async () => {
    resetState();
    await loadMain();
  });

  it('registers app:// and asset:// as privileged before ready', () => {
    expect(state.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true } },
      { scheme: 'asset', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true } },
    ]);
  });

  it('opens one secure window on app://affiche/index.html', () => {
    expect(state.windows).toHaveLength(1);
    const [window] = state.windows;
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(window.options.webPreferences.preload).toMatch(/[\\/]preload[\\/]index\.cjs$/);
    expect(window.loaded).toEqual(['app://affiche/index.html']);
    expect(state.menu).toBeTruthy();
  });

  it('serves the renderer with the CSP on every response', async () => {
    const app = state.protocolHandlers.app;
    const index = await app(new Request('app://affiche/'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await index.text()).toContain('<title>Affiche</title>');
    const script = await app(new Request('app://affiche/assets/index-1.js'));
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    for (const url of ['app://affiche/../secret', 'app://affiche/%2e%2e/x', 'app://affiche/missing.js', 'app://other/index.html']) {
      const refused = await app(new Request(url));
      expect(refused.status).toBe(404);
      expect(refused.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
    expect((await app(new Request('app://affiche/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('serves library media by id, sniffed, with CORS for the canvas', async () => {
    const asset = state.protocolHandlers.asset;
    const response = await asset(new Request(`asset://asset/${SHA}?v=1`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('access-control-allow-origin')).toBe('app://affiche');
    expect(response.headers.get('content-length')).toBe(String(PNG.length));
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
  });

  it('answers range requests (video seeking)', async () => {
    const asset = state.protocolHandlers.asset;
    const partial = await asset(new Request(`asset://asset/${SHA}`, { headers: { Range: 'bytes=8-11' } }));
    expect(partial.status).toBe(206);
    expect(partial.headers.get('content-range')).toBe(`bytes 8-11/${PNG.length}`);
    expect(Array.from(new Uint8Array(await partial.arrayBuffer()))).toEqual([0, 1, 2, 3]);
    const past = await asset(new Request(`asset://asset/${SHA}`, { headers: { Range: `bytes=${PNG.length}-` } }));
    expect(past.status).toBe(416);
    const head = await asset(new Request(`asset://asset/${SHA}`, { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(PNG.length));
  });

  it('refuses traversal, unknown ids, and files that resolve outside the library (SEC-07)', async () => {
    const asset = state.protocolHandlers.asset;
    for (const url of [
      // (Request, like Chromium, resolves dot segments before the handler sees the URL.)
      `asset://asset/../../blobs/${SHA}`,
      'asset://asset/%2e%2e%2fblobs',
      `asset://asset/${'d'.repeat(64)}`,
      `asset://thumb/${SHA}`, // a symlink in thumbs/ pointing out of the library
      'asset://design-thumb/outside', // a path outside the library, even from the backend
      'asset://asset/etc/passwd',
    ]) {
      expect({ url, status: (await asset(new Request(url))).status }).toEqual({ url, status: 404 });
    }
  });

  it('dispatches calls only from the app page (SEC-05)', async () => {
    const call = state.ipcHandlers['affiche:call'];
    const top = { url: 'app://affiche/index.html', parent: null };
    await expect(call({ senderFrame: top }, 'designs.list', { trash: false })).resolves.toEqual({ ok: true, result: { method: 'designs.list' } });
    expect(state.dispatched).toEqual([['designs.list', { trash: false }]]);
    const forbidden = { ok: false, error: { code: 'forbidden', key: 'call.forbidden', message: expect.any(String) } };
    await expect(call({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'designs.list', {})).resolves.toEqual(forbidden);
    await expect(call({ senderFrame: { url: 'app://affiche/x', parent: top } }, 'designs.list', {})).resolves.toEqual(forbidden);
    await expect(call({ senderFrame: null }, 'designs.list', {})).resolves.toEqual(forbidden);
    expect(state.dispatched).toHaveLength(1);
    await call({ senderFrame: top }, { toString: () => 'designs.list' }, {});
    expect(state.dispatched[1]).toEqual(['', {}]);
  });

  it('takes uploads in chunks from the app page only, never from another page', async () => {
    const upload = state.ipcHandlers['affiche:upload'];
    const top = { url: 'app://affiche/index.html', parent: null };
    const evil = { url: 'https://evil.example/', parent: null };
    const sender = { once: () => undefined };
    await expect(upload({ senderFrame: evil, sender }, 'begin', 'x.png')).rejects.toThrow('refused');
    await expect(upload({ senderFrame: top, sender }, 'nonsense', 'x.png')).rejects.toThrow('refused');
  });

  it('forwards backend events to app pages only', () => {
    const [window] = state.windows;
    state.eventListener!('library.changed', { scope: 'designs' });
    expect(window.webContents.sent).toContainEqual(['affiche:event', 'library.changed', { scope: 'designs' }]);
    window.webContents.url = 'https://evil.example/';
    state.eventListener!('library.changed', { scope: 'assets' });
    expect(window.webContents.sent).not.toContainEqual(['affiche:event', 'library.changed', { scope: 'assets' }]);
    window.webContents.url = 'app://affiche/index.html';
  });

  it('denies navigation, new windows and permissions; opens https links in the browser (SEC-03/04)', () => {
    const contents = state.windows[0].webContents;
    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn() };
      contents.emit('will-navigate', event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('app://affiche/index.html#/editor')).toBe(false);
    expect(navigate('https://example.com/help')).toBe(true);
    expect(navigate('javascript:alert(1)')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(state.openExternal).toEqual(['https://example.com/help']);
    expect(contents.openHandler!({ url: 'mailto:hi@example.com' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'smb://attacker/share' })).toEqual({ action: 'deny' });
    expect(state.openExternal).toEqual(['https://example.com/help', 'mailto:hi@example.com']);
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();

    const decisions: boolean[] = [];
    state.permissionRequest!({}, 'media', (allowed: boolean) => decisions.push(allowed));
    state.permissionRequest!({}, 'notifications', (allowed: boolean) => decisions.push(allowed));
    expect(decisions).toEqual([false, false]);
    expect(state.permissionCheck!({}, 'clipboard-read')).toBe(false);
    expect(state.devicePermission!({})).toBe(false);
  });

  it('cancels requests that would leave the machine', () => {
    const { filter, listener } = state.beforeRequest!;
    expect(filter).toEqual({ urls: ['<all_urls>'] });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const answers: unknown[] = [];
    listener({ url: 'https://fonts.googleapis.com/css' }, (answer: unknown) => answers.push(answer));
    listener({ url: 'app://affiche/index.html' }, (answer: unknown) => answers.push(answer));
    expect(answers).toEqual([{ cancel: true }, { cancel: false }]);
    warn.mockRestore();
  });

  it('lets the window close while the editor finishes a save (no silent cancel)', () => {
    const window = state.windows[0];
    let prevented = false;
    window.webContents.emit('will-prevent-unload', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });

  it('asks where to save downloads (exports)', () => {
    let options: unknown;
    state.session.emit('will-download', {}, { getFilename: () => 'post.png', setSaveDialogOptions: (o: unknown) => (options = o) });
    expect(options).toEqual({ title: 'Save the export', defaultPath: path.join('/home/me/downloads', 'post.png') });
  });
});

describe('when the library is locked by another Affiche', () => {
  beforeEach(() => resetState());
  it('shows the message and quits without opening a window', async () => {
    state.backendError = Object.assign(new Error('The library at /x is open in another Affiche window.'), { code: 'locked' });
    await loadMain();
    expect(state.windows).toHaveLength(0);
    expect(state.errorBoxes).toHaveLength(1);
    expect(state.errorBoxes[0][0]).toBe('Affiche: this library is already open');
    expect(state.errorBoxes[0][1]).toContain('open in another Affiche window');
    expect(state.exitCodes).toEqual([1]);
    expect(state.ipcHandlers['affiche:call']).toBeUndefined();
  });
});

describe('a second instance', () => {
  beforeEach(() => resetState());
  it('quits at once and leaves the first one to come forward', async () => {
    state.singleInstance = false;
    await loadMain();
    expect(state.quits).toBe(1);
    expect(state.windows).toHaveLength(0);
    expect(state.app.listeners['second-instance']).toBeUndefined();
  });
  it('the first instance focuses its window on second-instance', async () => {
    await loadMain();
    const [window] = state.windows;
    const focus = vi.spyOn(window, 'focus');
    state.app.emit('second-instance');
    expect(focus).toHaveBeenCalled();
  });
});

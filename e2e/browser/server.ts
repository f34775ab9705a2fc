/** Starts `node scripts/web.mjs` on a free port with a fresh library and waits for its URL. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const URL_LINE = /Affiche is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/;

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export interface AppServer {
  /** The printed URL (with the token): opening it sets the session cookie. */
  url: string;
  origin: string;
  token: string;
  library: string;
  /** Stops the server and starts it again on the same library (what quitting and reopening Affiche does). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** One `npm run web` process on `library`: its child and the URL it printed. */
async function launch(library: string, timeoutMs: number): Promise<{ child: ChildProcess; url: string }> {
  // The renderer was built by globalSetup (or `npm run test:e2e`).
  const child = spawn(process.execPath, ['scripts/web.mjs', '--no-build', '--port', '0', '--library', library], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  running.add(child);
  let output = '';

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the web server printed no URL within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = URL_LINE.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the web server exited (code ${code}) before printing its URL:\n${output}`));
    });
  });
  return { child, url };
}

async function end(child: ChildProcess): Promise<void> {
  if (child.exitCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }
  running.delete(child);
}

export async function startAppServer(timeoutMs = 60_000): Promise<AppServer> {
  const library = mkdtempSync(path.join(os.tmpdir(), 'affiche-e2e-'));
  let current = await launch(library, timeoutMs);
  const server: AppServer = {
    url: '',
    origin: '',
    token: '',
    library,
    async restart() {
      await end(current.child);
      current = await launch(library, timeoutMs);
      point(current.url);
    },
    async stop() {
      await end(current.child);
      rmSync(library, { recursive: true, force: true });
    },
  };
  const point = (url: string) => {
    const parsed = new URL(url);
    Object.assign(server, { url, origin: parsed.origin, token: parsed.searchParams.get('token') ?? '' });
  };
  point(current.url);
  return server;
}

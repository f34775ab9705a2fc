/** `npm run web`: serve the built renderer and the backend on 127.0.0.1 until Ctrl+C. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createBackend, defaultLibraryDir } from '../services/backend';
import { isUserError } from '../services/errors';
import { startWebServer } from './server';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      library: { type: 'string' },
      renderer: { type: 'string' },
    },
    allowPositionals: false,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535 (got "${values.port}")`);
  const rendererDir = path.resolve(values.renderer ?? path.join(repoRoot, 'out', 'renderer'));
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`the renderer is not built (${path.relative(process.cwd(), rendererDir)}/index.html is missing): run "npm run build:renderer"`);
  }
  const libraryDir = path.resolve(values.library ?? defaultLibraryDir());
  const backend = await createBackend({ libraryDir, transport: 'web' });
  const server = await startWebServer({ backend, rendererDir, port });
  console.log(`Affiche is running at ${server.url}`);
  console.log(`Library: ${libraryDir}`);
  console.log('Press Ctrl+C to stop.');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await backend.close();
    console.log('Affiche stopped.');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`Affiche: ${isUserError(error) || error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

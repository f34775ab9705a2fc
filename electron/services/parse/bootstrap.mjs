// The parse worker when Affiche runs from its TypeScript sources (the command line, browser mode,
// tests): a worker thread does not inherit the TypeScript loader, so it registers tsx itself
// before importing the entry named in workerData. The Electron build runs its bundled
// parseWorker.js instead (./pool.ts, electron.vite.config.ts).
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);

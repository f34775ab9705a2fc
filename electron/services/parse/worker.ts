/**
 * The parse worker's entry (docs/architecture.md, "Data"): a thread of its own, so a hostile
 * document keeps this thread busy, never the one that answers calls. It runs one task at a time
 * and answers each with `{ id, ok, result | failure }`; ./pool.ts enforces the time and memory
 * limits from outside (a stuck task ends with the thread).
 */
import { parentPort } from 'node:worker_threads';
import { failureOf, runTask, type ParseTask } from './tasks';

export interface TaskRequest {
  id: number;
  task: ParseTask;
}

const port = parentPort;
if (!port) throw new Error('the parse worker runs in a worker thread');
port.on('message', ({ id, task }: TaskRequest) => {
  try {
    port.postMessage({ id, ok: true, result: runTask(task) });
  } catch (error) {
    port.postMessage({ id, ok: false, failure: failureOf(task, error) });
  }
});
port.postMessage({ ready: true });

/**
 * Work that can wait (thumbnails of slides not being edited) runs one task at a time when the
 * browser is idle, so opening a 20-page design draws its canvas first and its strip after.
 */
type Task = () => Promise<unknown>;

const queue: Task[] = [];
let running = false;

const whenIdle = (run: () => void) => {
  const idle = (globalThis as { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number }).requestIdleCallback;
  if (idle) idle(run, { timeout: 1000 });
  else setTimeout(run, 16);
};

function next(): void {
  const task = queue.shift();
  if (!task) {
    running = false;
    return;
  }
  running = true;
  whenIdle(() => void task().finally(next));
}

/** Queues `task`; it runs after the ones queued before it, in an idle moment. */
export function whenBrowserIdle(task: Task): void {
  queue.push(task);
  if (!running) next();
}

/**
 * When to save: ~800 ms after the last change, but never later than 2 s after the first unsaved
 * one (a user dragging for a minute still gets saved), one request at a time, always the newest
 * design. A failed save keeps the work marked unsaved and is tried again by itself (2 s, 4 s, ...
 * up to 30 s), and any flush (leaving the editor) tries again too: failures never drop edits.
 * Plain class with injectable timers so it is tested without React or a browser.
 */
export type SaveState = { status: 'saved' } | { status: 'pending' } | { status: 'saving' } | { status: 'error'; message: string };

export interface AutosaveOptions {
  debounceMs?: number;
  maxWaitMs?: number;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** The words shown for a failed save (the UI renders the backend's message in its language). */
  describeError?: (error: unknown) => string;
}

export class AutosaveScheduler<T> {
  private latest: T | undefined;
  private dirty = false;
  private failures = 0;
  private firstDirtyAt = 0;
  private timer: unknown = null;
  private inflight: Promise<void> | null = null;
  private state: SaveState = { status: 'saved' };
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly describeError: (error: unknown) => string;
  private readonly now: () => number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(
    private readonly save: (value: T) => Promise<void>,
    private readonly onState: (state: SaveState) => void,
    options: AutosaveOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 800;
    this.maxWaitMs = options.maxWaitMs ?? 2000;
    this.now = options.now ?? (() => Date.now());
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    this.describeError = options.describeError ?? ((error) => (error instanceof Error ? error.message : String(error)));
  }

  get current(): SaveState {
    return this.state;
  }

  /** Something changed: remember the newest value and (re)arm the timer. */
  change(value: T): void {
    this.latest = value;
    if (!this.dirty) this.firstDirtyAt = this.now();
    this.dirty = true;
    if (!this.inflight && this.state.status !== 'error') this.setState({ status: 'pending' });
    this.arm();
  }

  /** Saves now whatever is unsaved and resolves when the newest value is stored (or failed). */
  async flush(): Promise<void> {
    this.disarm();
    while (this.dirty || this.inflight) {
      if (this.inflight) {
        await this.inflight;
        continue;
      }
      const value = this.latest as T;
      this.dirty = false;
      this.setState({ status: 'saving' });
      this.inflight = this.save(value).then(
        () => {
          this.inflight = null;
          this.failures = 0;
          if (!this.dirty) this.setState({ status: 'saved' });
        },
        (error: unknown) => {
          this.inflight = null;
          // Still unsaved: `latest` is this value or a newer one, and the next attempt sends it.
          this.dirty = true;
          this.failures += 1;
          this.setState({ status: 'error', message: this.describeError(error) });
          this.armRetry();
        },
      );
      await this.inflight;
      if (this.state.status === 'error') return;
    }
  }

  /** Tries again now (the "Retry" button); the automatic retry would do the same later. */
  retry(): Promise<void> {
    return this.flush();
  }

  hasUnsavedWork(): boolean {
    return this.dirty || this.inflight !== null || this.state.status === 'error';
  }

  dispose(): void {
    this.disarm();
  }

  private arm(): void {
    this.disarm();
    const waited = this.now() - this.firstDirtyAt;
    const delay = Math.max(0, Math.min(this.debounceMs, this.maxWaitMs - waited));
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }

  private armRetry(): void {
    this.disarm();
    const delay = Math.min(30_000, 2000 * 2 ** (this.failures - 1));
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }

  private disarm(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.onState(state);
  }
}

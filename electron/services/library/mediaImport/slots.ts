/**
 * At most N tasks at once, the rest wait in arrival order. Decoding and thumbnailing are CPU
 * work: a folder of 1,000 photos dropped at once must not start 1,000 decodes (memory) nor
 * starve the other calls of the libuv thread pool that sharp and fs share.
 */
export class Slots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly size: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next waiter (running stays the same), or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}

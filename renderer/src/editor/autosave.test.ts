import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutosaveScheduler, type SaveState } from './autosave';

describe('AutosaveScheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(save = vi.fn(async (_value: number) => {})) {
    const states: SaveState['status'][] = [];
    const scheduler = new AutosaveScheduler<number>(save, (s) => states.push(s.status));
    return { scheduler, save, states };
  }

  it('saves ~800 ms after the last change, once, with the newest value', async () => {
    const { scheduler, save } = setup();
    scheduler.change(1);
    await vi.advanceTimersByTimeAsync(500);
    scheduler.change(2);
    await vi.advanceTimersByTimeAsync(700);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenLastCalledWith(2);
    expect(scheduler.current.status).toBe('saved');
  });

  it('never waits more than 2 s while changes keep coming', async () => {
    const { scheduler, save } = setup();
    for (let t = 0; t < 2100; t += 300) {
      scheduler.change(t);
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(save).toHaveBeenCalled();
    expect(save.mock.calls[0][0]).toBeLessThanOrEqual(1800);
  });

  it('sends one request at a time and then the newest value', async () => {
    let release: () => void = () => {};
    const save = vi.fn((_v: number) => new Promise<void>((resolve) => (release = resolve)));
    const { scheduler } = setup(save);
    scheduler.change(1);
    await vi.advanceTimersByTimeAsync(800);
    expect(save).toHaveBeenCalledTimes(1);
    scheduler.change(2);
    scheduler.change(3);
    await vi.advanceTimersByTimeAsync(800);
    expect(save).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith(3);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(scheduler.current.status).toBe('saved');
  });

  it('flush saves immediately', async () => {
    const { scheduler, save } = setup();
    scheduler.change(7);
    await scheduler.flush();
    expect(save).toHaveBeenCalledWith(7);
    expect(scheduler.hasUnsavedWork()).toBe(false);
  });

  it('reports a failure in words and retries the same value', async () => {
    const save = vi.fn(async (_v: number) => {});
    save.mockRejectedValueOnce(new Error('The disk is full'));
    const { scheduler, states } = setup(save);
    scheduler.change(4);
    await scheduler.flush();
    expect(scheduler.current).toEqual({ status: 'error', message: 'The disk is full' });
    expect(scheduler.hasUnsavedWork()).toBe(true);
    await scheduler.retry();
    expect(save).toHaveBeenLastCalledWith(4);
    expect(scheduler.current.status).toBe('saved');
    expect(states).toContain('saving');
  });

  it('tries a failed save again by itself, with the newest value, until it works', async () => {
    const save = vi.fn(async (_v: number) => {});
    save.mockRejectedValueOnce(new Error('offline')).mockRejectedValueOnce(new Error('offline'));
    const { scheduler } = setup(save);
    scheduler.change(1);
    await vi.advanceTimersByTimeAsync(800);
    expect(scheduler.current.status).toBe('error');
    scheduler.change(2);
    await vi.advanceTimersByTimeAsync(800);
    expect(save).toHaveBeenLastCalledWith(2);
    expect(scheduler.current.status).toBe('error');
    expect(scheduler.hasUnsavedWork()).toBe(true);
    await vi.advanceTimersByTimeAsync(4000);
    expect(save).toHaveBeenCalledTimes(3);
    expect(save).toHaveBeenLastCalledWith(2);
    expect(scheduler.current.status).toBe('saved');
    expect(scheduler.hasUnsavedWork()).toBe(false);
  });

  it('a flush after a failure sends the unsaved value again', async () => {
    const save = vi.fn(async (_v: number) => {});
    save.mockRejectedValueOnce(new Error('offline'));
    const { scheduler } = setup(save);
    scheduler.change(5);
    await scheduler.flush();
    await scheduler.flush();
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith(5);
    expect(scheduler.current.status).toBe('saved');
  });
});

/** Calendar undo/redo: any sequence of changes, then undo all, gives back the start; redo all gives the end. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyEditorial, POST_STATUSES, type Post, type PostInput } from '../schema/posts';
import { moveToDay, moveToSlot, planOn, postInputOf, setStatus, unplan } from './calendar';
import { emptyHistory, HISTORY_LIMIT, canRedo, canUndo, record, redo, undo, type HistoryOperation, type PostHistory } from './history';
import { addDays } from './time';
import { PARIS, post } from './testing/posts';

/** A store like posts.json: what `posts.save` and `posts.delete` do to it. */
class Store {
  posts = new Map<string, Post>();
  apply(operation: HistoryOperation): void {
    if (operation.kind === 'save') this.save(operation.post);
    else this.posts.delete(operation.id);
  }
  save(input: PostInput): Post {
    const before = this.posts.get(input.id);
    const saved: Post = { ...structuredClone(input), sequence: (before?.sequence ?? -1) + 1, createdAt: before?.createdAt ?? '2026-12-01T00:00:00.000Z', updatedAt: '2026-12-02T00:00:00.000Z' };
    this.posts.set(input.id, saved);
    return saved;
  }
  contents(): Record<string, PostInput> {
    return Object.fromEntries([...this.posts].sort(([a], [b]) => a.localeCompare(b)).map(([id, p]) => [id, postInputOf(p)]));
  }
}

type Op =
  | { kind: 'create'; day: number | null }
  | { kind: 'move'; pick: number; days: number }
  | { kind: 'slot'; pick: number; half: number }
  | { kind: 'plan'; pick: number; day: number }
  | { kind: 'unplan'; pick: number }
  | { kind: 'status'; pick: number; status: number }
  | { kind: 'delete'; pick: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), day: fc.option(fc.integer({ min: 0, max: 120 })) }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), days: fc.integer({ min: -40, max: 40 }) }),
  fc.record({ kind: fc.constant('slot' as const), pick: fc.nat(), half: fc.integer({ min: 0, max: 47 }) }),
  fc.record({ kind: fc.constant('plan' as const), pick: fc.nat(), day: fc.integer({ min: 0, max: 120 }) }),
  fc.record({ kind: fc.constant('unplan' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('status' as const), pick: fc.nat(), status: fc.nat({ max: POST_STATUSES.length - 1 }) }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
);

const editorial = emptyEditorial(PARIS);
const dayAt = (n: number) => addDays('2026-11-20', n);

/** Runs one user operation the way the screen does: compute, save or delete, record. */
function run(store: Store, history: PostHistory, op: Op, counter: { next: number }): PostHistory {
  if (op.kind === 'create') {
    const created = post(`p${counter.next++}`, op.day === null ? null : `${dayAt(op.day)}T10:00`);
    return record(history, { before: null, after: store.save(postInputOf(created)) });
  }
  const ids = [...store.posts.keys()].sort();
  if (ids.length === 0) return history;
  const before = store.posts.get(ids[op.pick % ids.length])!;
  if (op.kind === 'delete') {
    store.posts.delete(before.id);
    return record(history, { before, after: null });
  }
  const next =
    op.kind === 'move' ? moveToDay(before, addDays(before.at?.local.slice(0, 10) ?? '2026-12-01', op.days), PARIS)
    : op.kind === 'slot' ? moveToSlot(before, dayAt(10), `${String(Math.floor(op.half / 2)).padStart(2, '0')}:${op.half % 2 ? '30' : '00'}`, PARIS)
    : op.kind === 'plan' ? planOn(before, dayAt(op.day), editorial)
    : op.kind === 'unplan' ? unplan(before)
    : setStatus(before, POST_STATUSES[op.status]);
  return record(history, { before, after: store.save(postInputOf(next)) });
}

describe('calendar history', () => {
  it('any sequence of changes then undo-all gives back the start, and redo-all the end', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }), { maxLength: 4 }), fc.array(opArb, { maxLength: 30 }), (startDays, ops) => {
        const store = new Store();
        startDays.forEach((day, i) => store.save(postInputOf(post(`s${i}`, day === null ? null : `${dayAt(day)}T09:00`))));
        const start = store.contents();
        let history = emptyHistory;
        const counter = { next: 0 };
        for (const op of ops) history = run(store, history, op, counter);
        const end = store.contents();
        for (let step = undo(history); step; step = undo(history)) {
          store.apply(step.operation);
          history = step.history;
        }
        expect(canUndo(history)).toBe(false);
        expect(store.contents()).toEqual(start);
        for (let step = redo(history); step; step = redo(history)) {
          store.apply(step.operation);
          history = step.history;
        }
        expect(canRedo(history)).toBe(false);
        expect(store.contents()).toEqual(end);
      }),
      { numRuns: 500 },
    );
  });

  it('a new change after an undo drops what could be redone', () => {
    const store = new Store();
    const a = store.save(postInputOf(post('a', '2026-12-10T09:00')));
    let history = record(emptyHistory, { before: a, after: store.save(postInputOf(moveToDay(a, '2026-12-11', PARIS))) });
    const step = undo(history)!;
    expect(step.operation).toEqual({ kind: 'save', post: postInputOf(a) });
    store.apply(step.operation);
    history = step.history;
    expect(canRedo(history)).toBe(true);
    history = record(history, { before: store.posts.get('a')!, after: store.save(postInputOf(unplan(store.posts.get('a')!))) });
    expect(canRedo(history)).toBe(false);
    expect(history.past).toHaveLength(1);
  });

  it('undoing a create deletes the post; undoing a delete saves it back', () => {
    const created = post('n', '2026-12-10T09:00');
    expect(undo(record(emptyHistory, { before: null, after: created }))!.operation).toEqual({ kind: 'delete', id: 'n' });
    expect(undo(record(emptyHistory, { before: created, after: null }))!.operation).toEqual({ kind: 'save', post: postInputOf(created) });
  });

  it('ignores no-op changes and keeps the last HISTORY_LIMIT steps', () => {
    const a = post('a', '2026-12-10T09:00');
    expect(record(emptyHistory, { before: a, after: { ...a, sequence: 3 } })).toBe(emptyHistory);
    let history = emptyHistory;
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) history = record(history, { before: a, after: moveToDay(a, addDays('2026-12-10', i + 1), PARIS) });
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    expect(history.past[0].after!.at!.local).toBe('2026-12-16T09:00');
  });
});

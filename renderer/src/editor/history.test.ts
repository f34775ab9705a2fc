import { describe, expect, it } from 'vitest';
import { createDesign } from '../../../core/schema/factory';
import { historyReducer, initialHistory } from './history';

const design = createDesign({ name: 'A', format: { preset: null, width: 100, height: 100 } });
const rename = (name: string, at: number, coalesceKey?: string) =>
  ({ type: 'apply', update: (d: typeof design) => (d.name === name ? d : { ...d, name }), at, coalesceKey }) as const;

describe('history', () => {
  it('undoes and redoes one step per action', () => {
    let s = initialHistory(design);
    s = historyReducer(s, rename('B', 1));
    s = historyReducer(s, rename('C', 5000));
    expect(s.present.name).toBe('C');
    s = historyReducer(s, { type: 'undo' });
    expect(s.present.name).toBe('B');
    s = historyReducer(s, { type: 'undo' });
    expect(s.present).toBe(design);
    expect(historyReducer(s, { type: 'undo' })).toBe(s);
    s = historyReducer(s, { type: 'redo' });
    expect(s.present.name).toBe('B');
  });

  it('records nothing for a no-op', () => {
    const s = initialHistory(design);
    expect(historyReducer(s, rename('A', 1))).toBe(s);
  });

  it('merges a burst of the same action into one step', () => {
    let s = initialHistory(design);
    s = historyReducer(s, rename('B', 1000, 'name'));
    s = historyReducer(s, rename('BC', 1500, 'name'));
    s = historyReducer(s, rename('BCD', 1900, 'name'));
    expect(s.past).toHaveLength(1);
    s = historyReducer(s, { type: 'undo' });
    expect(s.present.name).toBe('A');
  });

  it('drops the redo branch after a new action', () => {
    let s = initialHistory(design);
    s = historyReducer(s, rename('B', 1));
    s = historyReducer(s, { type: 'undo' });
    s = historyReducer(s, rename('Z', 5000));
    expect(s.future).toEqual([]);
    expect(historyReducer(s, { type: 'redo' })).toBe(s);
  });
});

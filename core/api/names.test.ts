import { describe, expect, it } from 'vitest';
import { events, methods } from './contract';
import { EVENT_NAMES, METHOD_NAMES } from './names';

describe('the hand-written lists of names.ts', () => {
  it('name exactly the contract’s methods and events, once each', () => {
    expect([...METHOD_NAMES].sort()).toEqual(Object.keys(methods).sort());
    expect(new Set(METHOD_NAMES).size).toBe(METHOD_NAMES.length);
    expect([...EVENT_NAMES].sort()).toEqual(Object.keys(events).sort());
  });
});

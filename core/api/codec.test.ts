import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64ToBytes, bytesToBase64, decodeWire, encodeWire } from './codec';

describe('wire codec', () => {
  it('matches Node’s base64 for any bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = bytesToBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect([...base64ToBytes(text)]).toEqual([...bytes]);
      }),
      { numRuns: 500 },
    );
  });

  it('carries bytes nested anywhere in a JSON value', () => {
    const value = { fileName: 'a.png', data: new Uint8Array([0, 1, 254, 255]), list: [{ data: new Uint8Array([7]) }] };
    const back = decodeWire(encodeWire(value)) as typeof value;
    expect(back.data).toBeInstanceOf(Uint8Array);
    expect([...back.data]).toEqual([0, 1, 254, 255]);
    expect([...back.list[0].data]).toEqual([7]);
  });

  it('rejects malformed base64 instead of inventing bytes', () => {
    expect(() => base64ToBytes('ab$d')).toThrow('invalid base64');
    expect(() => base64ToBytes('abcde')).toThrow('invalid base64');
  });

  it('leaves look-alike objects with more keys alone', () => {
    expect(decodeWire('{"a":{"$bytes":"AA==","x":1}}')).toEqual({ a: { $bytes: 'AA==', x: 1 } });
  });
});

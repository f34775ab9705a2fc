/**
 * The globals core/ may use: the few that every runtime it runs in provides (browsers, Node 20+,
 * Electron's renderer and main). tsconfig.core.json compiles core/ with ES2023 only, no DOM and no
 * Node types, so anything else (document, window, Buffer, process...) fails to compile in core.
 * Only tsconfig.core.json reads this file; the other layers get the same globals from their own lib.
 */

/** A deep copy (HTML structured clone): ES objects, arrays, Maps, Sets, Dates, typed arrays. */
declare function structuredClone<T>(value: T): T;

/** Decodes bytes as text (UTF-8 here); `fatal` throws on invalid input instead of writing U+FFFD. */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}

/** Encodes text as UTF-8 bytes (the exact bytes of a CSV or an .ics, and their line lengths in octets). */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

/** Web Crypto's random source (globalThis.crypto). */
declare var crypto: { getRandomValues<T extends Uint8Array>(array: T): T };

/** Timers: a browser gives a number, Node an object; core only hands the handle back. */
declare function setTimeout(callback: () => void, ms?: number): unknown;
declare function clearTimeout(handle?: unknown): void;

/** A cancel signal as browsers and Node give it (the parts core reads). */
interface AbortSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** File contents as browsers and Node 18+ give them (core only names the type). */
interface Blob {
  readonly size: number;
  readonly type: string;
}

/**
 * Untrusted documents read on worker threads (docs/architecture.md, "Data"): the same answers and
 * refusals as the synchronous readers, a refusal that names the real reason when a document is
 * too slow or too big to read, and the thread that answers calls left free meanwhile.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDesign, createTextElement, parseDesignText, SchemaError } from '../../../core/schema';
import { emptyLibrary, parseLibraryText } from '../../../core/schema/library';
import { formatMessage, msg } from '../../../core/messages';
import { checkManifest } from '../library/archive/format';
import { sanitiseSvg, SvgRefused } from '../library/mediaImport/svg';
import { createBackend, type Backend } from '../backend';
import { createOffLoopParser, offLoop, type OffLoopParser } from './index';
import { jsonHeapEstimate } from './tasks';

const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

async function refusalOf(promise: Promise<unknown>): Promise<Error & { detail: { key: string; params?: Record<string, unknown> } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { detail: { key: string } };
  }
  throw new Error('expected a refusal');
}

/** A valid SVG that takes jsdom seconds to read: many small elements. */
const heavySvg = (elements: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">${'<rect width="1" height="1" fill="red"/>'.repeat(elements)}</svg>`;

let parser: OffLoopParser;
beforeAll(() => {
  parser = createOffLoopParser({ maxWorkers: 2 });
});
afterAll(async () => {
  await parser.close();
  await offLoop.close();
});

describe('parsing on a worker thread', () => {
  it('gives what the synchronous readers give: designs, library indexes, manifests, SVGs', async () => {
    const design = createDesign({ name: 'Soldes', format: { preset: null, width: 1080, height: 1080 } });
    design.pages[0].elements.push(createTextElement({ x: 0, y: 0, width: 100, text: 'Bonjour' }));
    expect(await parser.design(encode(design), 'design.json')).toEqual(parseDesignText(JSON.stringify(design)));
    const older = { ...design, schemaVersion: 3, kind: 'post' };
    expect(await parser.design(encode(older), 'design.json')).toEqual(parseDesignText(JSON.stringify(older)));
    expect(await parser.library(encode(emptyLibrary()), 'library.json')).toEqual(parseLibraryText(JSON.stringify(emptyLibrary())));
    expect(await parser.manifest(encode({ format: 'other' }), 'manifest.json')).toEqual(checkManifest({ format: 'other' }));
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect onclick="x()" width="1" height="1"/></svg>';
    expect(await parser.svg(svg)).toEqual(sanitiseSvg(svg));
  });

  it('refuses with the reader’s own error and message: schema problems keep their kind and version', async () => {
    const future = await refusalOf(parser.design(encode({ schemaVersion: 99 }), 'x.affiche'));
    expect(future).toBeInstanceOf(SchemaError);
    expect(future).toMatchObject({ problem: 'future-version', foundVersion: 99 });
    expect(future.message).toContain('x.affiche was made by a newer Affiche');
    const deep = await refusalOf(parser.design(encode('['.repeat(1e6)), msg('schema.subject.file', { file: 'deep.affiche' })));
    expect(deep).toBeInstanceOf(SchemaError);
    expect(deep.detail.key).toBe('schema.tooDeeplyNested');
    expect(formatMessage(deep.detail as never, 'fr')).toBe('«\u00a0deep.affiche\u00a0»\u00a0: imbrication trop profonde (plus de 100\u00a0niveaux)');
    const notUtf8 = await refusalOf(parser.library(new Uint8Array([0xff, 0xfe, 0x00]), 'library.json'));
    expect(notUtf8).toMatchObject({ problem: 'not-json', detail: { key: 'schema.notUtf8' } });
    const doctype = await refusalOf(parser.svg('<!DOCTYPE svg [<!ENTITY a "b">]><svg/>'));
    expect(doctype).toBeInstanceOf(SvgRefused);
    expect(doctype.detail.key).toBe('asset.svg.doctype');
  });

  it('ends a document that takes too long, says so, and reads the next one on a fresh thread', async () => {
    const slow = await refusalOf(parser.svg(heavySvg(20_000), { timeoutMs: 300 }));
    expect(slow).toBeInstanceOf(SvgRefused);
    expect(slow.detail).toEqual({ key: 'parse.why.timeout', params: { seconds: 0.3 } });
    expect(formatMessage(slow.detail as never, 'fr')).toBe('sa lecture a pris plus de 0,3\u00a0s\u00a0: il est trop complexe, endommagé ou malveillant');
    const big = createDesign({ name: 'Big', format: { preset: null, width: 100, height: 100 } });
    big.pages[0].elements = Array.from({ length: 2000 }, () => createTextElement({ x: 0, y: 0, width: 10, text: 'x'.repeat(5000) }));
    const slowDesign = await refusalOf(parser.design(encode(big), msg('schema.subject.file', { file: 'big.affiche' }), { timeoutMs: 10 }));
    expect(slowDesign).toBeInstanceOf(SchemaError);
    expect(slowDesign.message).toBe('"big.affiche" took more than 0.01 s to read: it is too complex, damaged or hostile');
    expect((await parser.svg('<svg xmlns="http://www.w3.org/2000/svg"/>')).removed).toEqual([]);
  });

  it('ends a document that needs more memory than its thread may have, and says so', async () => {
    const small = createOffLoopParser({ heapMb: 96 });
    try {
      const svg = await refusalOf(small.svg(heavySvg(60_000), { timeoutMs: 120_000 }));
      expect(svg).toBeInstanceOf(SvgRefused);
      expect(svg.detail).toEqual({ key: 'parse.why.memory', params: { megabytes: 96 } });
      const design = await refusalOf(small.design(encode(`{"schemaVersion":4,"pages":[${'[0,0,0,0,0,0,0,0],'.repeat(2_000_000)}0]}`), 'huge.json', { timeoutMs: 120_000 }));
      expect(design).toBeInstanceOf(SchemaError);
      expect(design.message).toBe('huge.json needs more than 96 MB of memory to read: it is too complex, damaged or hostile');
      // A refusal ends that thread, not the parser.
      expect((await small.svg('<svg xmlns="http://www.w3.org/2000/svg"/>')).text).toContain('<svg');
      // JSON.parse cannot be stopped at a heap limit (reaching it there would end the process, not
      // the thread): texts just under what the estimate lets through, in the shapes that cost V8
      // the most per byte, are read without coming near the limit.
      for (const item of ['[],', '{},', '[[0]],', '[[[]]],', '{"a":{}},', '0,', '1.5,', '"ab",', '"\u00e9",']) {
        const budget = (96 * 1024 * 1024) / 3;
        const count = Math.floor((0.95 * budget) / jsonHeapEstimate(`[${item.repeat(1000)}0]`)) * 1000;
        const text = `{"schemaVersion":4,"x":[${item.repeat(count)}0]}`;
        const read = await refusalOf(small.design(encode(text), 'edge.json', { timeoutMs: 120_000 }));
        expect(read.detail.key, item).toBe('schema.invalidDesign');
      }
    } finally {
      await small.close();
    }
  });
});

describe('a hostile document in flight does not hold up calls', () => {
  let backend: Backend;
  beforeAll(async () => {
    backend = await createBackend({ libraryDir: path.join(mkdtempSync(path.join(os.tmpdir(), 'affiche-parse-')), 'library'), transport: 'inprocess' });
  });
  afterAll(async () => {
    await backend.close();
  });

  /**
   * Calls made one after the other every 5 ms while `work` runs: the worst delay between when a
   * call should have been answered and when it was (a blocked thread answers nothing until it is
   * free). Returns that delay and how long `work` took.
   */
  async function worstDelayDuring(work: () => Promise<unknown>): Promise<{ delay: number; duration: number; outcome: unknown }> {
    let running = true;
    let worst = 0;
    const start = performance.now();
    const calls = (async () => {
      do {
        // Each call is due 5 ms after the last answer: a busy thread makes it late, and that counts.
        const due = performance.now() + 5;
        await new Promise((resolve) => setTimeout(resolve, 5));
        const outcome = await backend.dispatch('designs.list', {});
        expect(outcome.ok).toBe(true);
        worst = Math.max(worst, performance.now() - due);
      } while (running);
    })();
    // Let the calls start before the work does.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const outcome = await work().then(
      (value) => value,
      (error: unknown) => error,
    );
    const duration = performance.now() - start;
    running = false;
    await calls;
    return { delay: worst, duration, outcome };
  }

  it('while a hostile SVG is read to its time limit, calls are answered within a small part of that time', async () => {
    // 3.9 MB, under the SVG import limit; jsdom needs many seconds for it.
    const hostile = heavySvg(100_000);
    await parser.svg('<svg xmlns="http://www.w3.org/2000/svg"/>'); // a thread ready, jsdom loaded
    // How late calls come back on this machine right now with nothing in flight (it is shared).
    const idle = await worstDelayDuring(() => new Promise((resolve) => setTimeout(resolve, 3000)));
    const offThread = await worstDelayDuring(() => parser.svg(hostile, { timeoutMs: 3000 }));
    // Refused for the real reason...
    expect(offThread.outcome).toBeInstanceOf(SvgRefused);
    expect((offThread.outcome as SvgRefused).detail.key).toBe('parse.why.timeout');
    expect(offThread.duration).toBeGreaterThanOrEqual(3000);
    // ...and meanwhile calls came back about as fast as with nothing in flight: later by no more
    // than a tenth of the time the document held its thread.
    expect(offThread.delay).toBeLessThan(idle.delay + offThread.duration / 10);

    // The same document read on this thread holds every call up for most of its reading: the
    // measure above would have seen it.
    const onThread = await worstDelayDuring(async () => sanitiseSvg(heavySvg(10_000)));
    expect(onThread.delay).toBeGreaterThan(onThread.duration / 2);
  });
});

/**
 * REL-02 (scaled for CI): kill -9 the backend during design autosaves, then reopen the library.
 * Pass: the design opens; its content is exactly one version (never a mix), and that version is
 * the last acknowledged one or the one that was in flight when the process died (which the user
 * never saw acknowledged); never an older one. No temp file is left after the next start; nothing
 * is ever set aside as damaged.
 *
 * The backend runs in a child process, which is this very file started with
 * AFFICHE_REL02_CHILD=<libraryDir> (the writer needs no file of its own): `createBackend` as the
 * browser-mode server builds it, then `designs.save` through the dispatcher in a loop (the autosave
 * call, thumbnails scheduled as usual), printing `ack <version> <updatedAt>` once each call has
 * resolved. The parent SIGKILLs it at a random moment (one in ten while it is still opening the
 * library).
 *
 * Default 30 kills; AFFICHE_REL02_ITERATIONS=300 for the full run (AFFICHE_REL02_SEED to replay).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createShapeElement, createTextElement } from '../../core/schema/factory';
import type { Design } from '../../core/schema/design';

const DESIGN_ID = 'rel02-autosave';
const NAME = /^Autosave (\d+)$/;

/** Version `n` of the design: every element depends on n, and the element count varies too. */
export function versionOf(template: Design, n: number): Design {
  const elements: Design['pages'][number]['elements'] = [
    createShapeElement({ id: 'frame', shape: 'rect', x: n % 700, y: 0, width: 380, height: 400, fill: '#7c5cff' }),
    createTextElement({ id: 'title', x: 40, y: 60, width: 1000, text: `Version ${n}` }),
  ];
  for (let i = 0; i < 30 + (n % 7); i++) {
    elements.push(createTextElement({ id: `line${i}`, x: 40, y: 480 + i * 24, width: 1000, fontSize: 20, text: `Line ${i} of version ${n}: soldes d'été -${(n + i) % 90} %` }));
  }
  return { ...template, name: `Autosave ${n}`, pages: [{ ...template.pages[0], elements }] };
}

export function versionNumber(design: Design): number {
  const match = NAME.exec(design.name);
  if (!match) throw new Error(`not an autosave version: "${design.name}"`);
  return Number(match[1]);
}

async function runWriter(dir: string): Promise<never> {
  const say = (line: string) => process.stdout.write(`${line}\n`); // synchronous on a pipe
  // Loading the backend's modules takes seconds; the parent starts the next writer ahead of time
  // and lets it touch the library only once the previous one is dead and checked ("go" on stdin).
  const { createBackend } = await import('./backend');
  say('warm');
  await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
  const backend = await createBackend({ libraryDir: dir, transport: 'web' });
  const opened = await backend.dispatch('designs.get', { id: DESIGN_ID });
  if (!opened.ok) throw new Error(`designs.get: ${opened.error.message}`);
  const template = (opened.result as { design: Design }).design;
  let n = versionNumber(template);
  say(`ready ${n}`);
  for (;;) {
    n++;
    const outcome = await backend.dispatch('designs.save', { design: versionOf(template, n) });
    if (!outcome.ok) throw new Error(`designs.save: ${outcome.error.message}`);
    say(`ack ${n} ${(outcome.result as { updatedAt: string }).updatedAt}`);
  }
}

const childDir = process.env.AFFICHE_REL02_CHILD;
if (childDir) await runWriter(childDir);
else await defineTests();

async function defineTests(): Promise<void> {
  const { afterAll, describe, expect, it } = await import('vitest');
  const { openLibrary } = await import('./library/library');
  const { seededRandom } = await import('./library/testing/corrupt');
  const { findTemps, makeTempDir, removeDir, sampleDesign } = await import('./library/testing/helpers');

  const ITERATIONS = Number(process.env.AFFICHE_REL02_ITERATIONS ?? 30);
  const SEED = Number(process.env.AFFICHE_REL02_SEED ?? 2002);
  const self = fileURLToPath(import.meta.url);

  interface Ack {
    version: number;
    updatedAt: string;
  }

  interface Writer {
    /** Resolves once the writer has loaded its modules and waits for "go". */
    warm: Promise<void>;
    /** Lets it open the library and save; SIGKILLs it `delayMs` after it is ready (after "go" when `early`). */
    runAndKill(delayMs: number, early: boolean): Promise<Ack[]>;
  }

  const spawned = new Set<ChildProcess>();

  /** Starts a writer process on `dir`; it does nothing until runAndKill. */
  function startWriter(dir: string): Writer {
    const child = spawn(process.execPath, ['--import', 'tsx', self], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, AFFICHE_REL02_CHILD: dir },
    });
    let out = '';
    let err = '';
    let onWarm: () => void = () => {};
    let onOut: () => void = () => {};
    const warm = new Promise<void>((resolve) => (onWarm = resolve));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (out.startsWith('warm\n')) onWarm();
      onOut();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (code, signal) => resolve({ code, signal }));
    });
    // Died before warming up: let runAndKill report it rather than wait forever.
    void exited.then(() => onWarm());
    spawned.add(child);
    return {
      warm,
      async runAndKill(delayMs, early) {
        let timer: NodeJS.Timeout | undefined;
        const kill = () => (timer = setTimeout(() => child.kill('SIGKILL'), delayMs));
        if (early) kill();
        else onOut = () => timer === undefined && out.includes('\nready ') && kill();
        child.stdin.write('go\n');
        onOut();
        const { code, signal } = await exited;
        clearTimeout(timer);
        if (signal !== 'SIGKILL') throw new Error(`writer exited by itself (code ${code}): ${err}`);
        // Only complete lines count: a half-printed ack is treated as not acknowledged.
        return out
          .split('\n')
          .slice(0, -1)
          .filter((line) => line.startsWith('ack '))
          .map((line) => {
            const [, version, updatedAt] = line.split(' ');
            return { version: Number(version), updatedAt };
          });
      },
    };
  }

  describe('REL-02 kill -9 during design autosave', () => {
    let dir: string;
    afterAll(async () => {
      for (const child of spawned) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      if (dir) await removeDir(dir);
    });

    it(`opens every time at the last acknowledged or the in-flight version over ${ITERATIONS} kills`, { timeout: 60_000 + ITERATIONS * 5_000 }, async () => {
      dir = await makeTempDir('affiche-rel02-');
      const setup = await openLibrary({ dir });
      const template = { ...sampleDesign(), id: DESIGN_ID };
      await setup.createDesign(versionOf(template, 0));
      await setup.close();

      const random = seededRandom(SEED);
      /** The newest version known durable: acknowledged, or found on disk by an earlier reopen. */
      let known: Ack = { version: 0, updatedAt: '' };
      let saves = 0;
      let inFlightSeen = 0;
      // Two writers warming up at any time (the next one loads while the current one is killed).
      const writers = Array.from({ length: Math.min(2, ITERATIONS) }, () => startWriter(dir));
      for (let i = 0; i < ITERATIONS; i++) {
        const writer = writers.shift()!;
        if (i + 2 < ITERATIONS) writers.push(startWriter(dir));
        await writer.warm;
        const early = random() < 0.1;
        const acks = await writer.runAndKill(Math.floor(random() * (early ? 60 : 300)), early);
        saves += acks.length;
        const context = `after kill ${i + 1}`;
        for (const ack of acks) {
          expect(ack.version, `${context}: acks are consecutive`).toBe(known.version + 1);
          known = ack;
        }

        const library = await openLibrary({ dir });
        try {
          expect(await findTemps(dir), context).toEqual([]);
          expect(library.notices(), context).toEqual([]);
          expect(library.listDesigns({}).map((d) => d.id), context).toContain(DESIGN_ID);
          const { design, readOnly } = await library.getDesign(DESIGN_ID);
          expect(readOnly, context).toBe(false);
          const version = versionNumber(design);
          // Exactly that version's content, not a mix of two.
          expect(design, `${context}: content of version ${version}`).toEqual({ ...versionOf(template, version), updatedAt: design.updatedAt });
          expect([known.version, known.version + 1], `${context}: version on disk`).toContain(version);
          if (version === known.version && known.updatedAt) expect(design.updatedAt, context).toBe(known.updatedAt);
          if (version === known.version + 1) {
            inFlightSeen++;
            known = { version, updatedAt: design.updatedAt };
          }
        } finally {
          await library.close();
        }
        expect(await findTemps(dir), `${context}, after close`).toEqual([]);
      }
      const everything = await fs.readdir(dir, { recursive: true });
      expect(everything.filter((name) => String(name).includes('.corrupt-'))).toEqual([]);
      // The kills did land among saves (not only before the first one).
      expect(saves).toBeGreaterThan(ITERATIONS / 2);
      console.log(`REL-02: ${ITERATIONS} kills, ${saves} acknowledged saves, ${inFlightSeen} times the in-flight save was found complete`);
    });
  });
}

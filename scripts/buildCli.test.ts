/**
 * The prebuilt `affiche` command (scripts/build-cli.mjs, run by bin/affiche.mjs while fresh): built
 * into a folder of its own, it answers as the sources do, finds assets/ and package.json from
 * where it lies, loads the native modules from node_modules (they are not bundled), reads a hostile
 * file in its parse worker thread, and its stamp names the sources it was built from with their
 * sizes and times, so an edit of any of them sends the command back to the sources.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let outDir: string;
let tmp: string;

/** The built command run as bin/affiche.mjs runs it: its main() with the arguments (a file of its own: a worker thread inherits node's options). */
function built(...argv: string[]) {
  const runner = path.join(path.dirname(outDir), 'run.mjs');
  writeFileSync(runner, `const { main } = await import('./cli/affiche.js');\nprocess.exitCode = await main(process.argv.slice(2));\n`);
  const result = spawnSync(process.execPath, [runner, ...argv], { cwd: tmp, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(() => {
  // Inside the repo (.tmp/ is ignored), as out/cli is: packages resolve from node_modules above it.
  mkdirSync(path.join(repo, '.tmp'), { recursive: true });
  outDir = path.join(mkdtempSync(path.join(repo, '.tmp', 'cli-build-')), 'cli');
  tmp = mkdtempSync(path.join(os.tmpdir(), 'affiche-cli-build-'));
  const build = spawnSync(process.execPath, [path.join(repo, 'scripts', 'build-cli.mjs'), outDir], { cwd: repo, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
}, 120_000);

afterAll(() => {
  rmSync(path.dirname(outDir), { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
});

describe('the prebuilt affiche command', () => {
  it('its stamp names every source it holds with the size and time on disk, and no package', () => {
    const { inputs } = JSON.parse(readFileSync(path.join(outDir, 'stamp.json'), 'utf8')) as { inputs: { file: string; size: number; mtimeMs: number }[] };
    const files = inputs.map((input) => input.file);
    expect(files).toContain('electron/cli/main.ts');
    expect(files).toContain('electron/services/parse/worker.ts');
    expect(files).toContain('electron/services/video/exportVideo.ts');
    expect(files.filter((file) => file.includes('node_modules'))).toEqual([]);
    for (const input of inputs) {
      const stat = statSync(path.join(repo, input.file));
      expect([input.file, stat.size, stat.mtimeMs]).toEqual([input.file, input.size, input.mtimeMs]);
    }
  });

  it('imports packages from node_modules (native ones included) instead of holding them', () => {
    const code = readdirSync(outDir)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(path.join(outDir, name), 'utf8'))
      .join('\n');
    for (const name of ['canvas', 'sharp', 'fabric/node', 'zod']) expect(code).toContain(`from "${name}"`);
    // A subpath of a package without an exports map, as Node's ESM resolver needs it.
    expect(code).toContain('from "hyphen/fr/index.js"');
    expect(readdirSync(outDir)).toContain('parseWorker.js');
  });

  it('answers --help, --version and formats as the sources do', () => {
    const help = built('--help');
    expect(help.code).toBe(0);
    for (const word of ['formats', 'render', 'preflight']) expect(help.out).toContain(word);
    const version = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).version;
    expect(built('--version').out.trim()).toBe(version);
    const formats = built('formats');
    expect(formats.code).toBe(0);
    expect(formats.out).toMatch(/instagram-portrait.*1080x1350/);
  });

  it('renders an example with the bundled fonts and node-canvas, at the format size', async () => {
    const out = path.join(tmp, 'renders');
    const result = built('render', path.join(repo, 'assets/examples/meme-chat-lundi.affiche'), '--out', out);
    expect(result.code, result.err).toBe(0);
    expect(readdirSync(out)).toEqual(['Le chat du lundi.png']);
    const { data, info } = await sharp(path.join(out, 'Le chat du lundi.png')).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([1080, 1080]);
    // Drawn, not blank: a picture and words give many distinct colours.
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 3 * 97) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    expect(colours.size).toBeGreaterThan(100);
  });

  it('reads an SVG in its parse worker thread: a hostile one is refused, a plain one imported', () => {
    const library = path.join(tmp, 'library');
    const plain = path.join(tmp, 'logo.svg');
    writeFileSync(plain, '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="red"/></svg>');
    const hostile = path.join(tmp, 'deep.svg');
    writeFileSync(hostile, `<svg xmlns="http://www.w3.org/2000/svg">${'<g>'.repeat(5000)}${'</g>'.repeat(5000)}</svg>`);
    const result = built('library', 'import', plain, hostile, '--library', library);
    const lines = `${result.out}\n${result.err}`;
    expect(lines).toMatch(/imported.*logo\.svg|logo\.svg.*imported/);
    expect(lines).toMatch(/rejected.*deep\.svg|deep\.svg.*rejected/);
  });
});

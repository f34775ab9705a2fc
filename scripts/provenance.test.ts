/**
 * Every file bundled in assets/ has a provenance entry (assets/PROVENANCE.json: source, version,
 * licence, sha256) whose hash matches its bytes, and whose licence file is bundled too; no entry
 * names a file that is gone. Adding a font, an icon set, a template or a picture without its
 * entry fails here.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const assets = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../assets');

interface ProvenanceEntry {
  path: string;
  sha256: string;
  source: string;
  version: string;
  licence: string;
  copyright: string;
  licenceFile?: string;
}

/** Files that describe the folder rather than being bundled content. */
const NOT_CONTENT = new Set(['README.md', 'PROVENANCE.json']);

function bundledFiles(dir = assets): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return bundledFiles(full);
    const relative = path.relative(assets, full).split(path.sep).join('/');
    return NOT_CONTENT.has(relative) ? [] : [relative];
  });
}

const provenance = JSON.parse(readFileSync(path.join(assets, 'PROVENANCE.json'), 'utf8')) as { files: ProvenanceEntry[] };
const byPath = new Map(provenance.files.map((entry) => [entry.path, entry]));

describe('assets/PROVENANCE.json', () => {
  it('has an entry for every bundled file', () => {
    const missing = bundledFiles().filter((file) => !byPath.has(file));
    expect(missing).toEqual([]);
  });

  it('names no file that is not bundled, each once', () => {
    const files = new Set(bundledFiles());
    expect(provenance.files.map((entry) => entry.path).filter((file) => !files.has(file))).toEqual([]);
    expect(byPath.size).toBe(provenance.files.length);
  });

  it('gives each file its source, version, licence and copyright, and the sha256 of its bytes', () => {
    for (const entry of provenance.files) {
      for (const field of ['source', 'version', 'licence', 'copyright'] as const) expect(entry[field].trim(), `${entry.path} ${field}`).not.toBe('');
      const actual = createHash('sha256').update(readFileSync(path.join(assets, entry.path))).digest('hex');
      expect(actual, `${entry.path}: its bytes changed; update its entry (source, version) with the new sha256`).toBe(entry.sha256);
    }
  });

  it('bundles the licence text each entry points to', () => {
    for (const entry of provenance.files) if (entry.licenceFile) expect(byPath.has(entry.licenceFile), `${entry.path} -> ${entry.licenceFile}`).toBe(true);
    const thirdParty = provenance.files.filter((entry) => !entry.licence.includes('this project'));
    expect(thirdParty.every((entry) => entry.licenceFile !== undefined)).toBe(true);
  });
});

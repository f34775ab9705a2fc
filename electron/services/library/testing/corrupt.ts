/** Seeded generators of damaged JSON files (REL-06). Deterministic so a failure can be replayed. */

export type DamageKind = 'truncated' | 'nul-filled' | 'bad-utf8' | 'wrong-schema' | 'future-version' | 'empty' | 'random-bytes';
export const DAMAGE_KINDS: readonly DamageKind[] = [
  'truncated',
  'nul-filled',
  'bad-utf8',
  'wrong-schema',
  'future-version',
  'empty',
  'random-bytes',
];

export interface Variant {
  kind: DamageKind;
  bytes: Buffer;
  /** Short description for the test name / failure message. */
  label: string;
}

/** mulberry32: tiny, fast, good enough to pick cut points. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface VariantSource {
  /** A valid file. */
  valid: Buffer;
  /** Valid JSON that the schema must refuse. */
  wrongSchema: readonly string[];
  /** The valid document with a schemaVersion `ahead` versions newer than the current one. */
  future: (ahead: number) => string;
}

export function makeVariants(source: VariantSource, count: number, seed: number): Variant[] {
  const random = seededRandom(seed);
  const int = (max: number) => Math.floor(random() * max);
  // The end of the JSON value: cutting only trailing whitespace would leave a valid file.
  const body = source.valid.toString('utf8').trimEnd().length;
  const variants: Variant[] = [];
  for (let i = 0; i < count; i++) {
    const kind = DAMAGE_KINDS[i % DAMAGE_KINDS.length];
    switch (kind) {
      case 'truncated': {
        const at = 1 + int(body - 1);
        variants.push({ kind, bytes: source.valid.subarray(0, at), label: `truncated at ${at}/${body}` });
        break;
      }
      case 'nul-filled': {
        const bytes = Buffer.from(source.valid);
        // Whole file (a power cut on some file systems) or a block in the middle.
        const whole = int(3) === 0;
        const start = whole ? 0 : int(bytes.length);
        const end = whole ? bytes.length : Math.min(bytes.length, start + 1 + int(4096));
        bytes.fill(0, start, end);
        variants.push({ kind, bytes, label: `NUL bytes ${start}..${end}` });
        break;
      }
      case 'bad-utf8': {
        const at = int(body);
        const junk = [Buffer.from([0xff, 0xfe]), Buffer.from([0xc3, 0x28]), Buffer.from([0xe2, 0x82]), Buffer.from([0x80])][int(4)];
        const bytes = Buffer.concat([source.valid.subarray(0, at), junk, source.valid.subarray(at)]);
        variants.push({ kind, bytes, label: `invalid UTF-8 at ${at}` });
        break;
      }
      case 'wrong-schema': {
        const pick = int(source.wrongSchema.length);
        variants.push({ kind, bytes: Buffer.from(source.wrongSchema[pick]), label: `wrong schema #${pick}` });
        break;
      }
      case 'future-version': {
        // Relative to the file's current version: an absolute 2..99 became "current" when the
        // library reached v2 (user formats), and would again whenever a schema moves on.
        const ahead = 1 + int(98);
        variants.push({ kind, bytes: Buffer.from(source.future(ahead)), label: `schemaVersion current+${ahead}` });
        break;
      }
      case 'empty': {
        const text = ['', '\n', '   \n\t', '\ufeff'][int(4)];
        variants.push({ kind, bytes: Buffer.from(text), label: `empty (${JSON.stringify(text)})` });
        break;
      }
      case 'random-bytes': {
        const bytes = Buffer.alloc(1 + int(2048));
        for (let k = 0; k < bytes.length; k++) bytes[k] = int(256);
        variants.push({ kind, bytes, label: `${bytes.length} random bytes` });
        break;
      }
    }
  }
  return variants;
}

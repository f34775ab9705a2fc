/**
 * Child process for REL-01 (crash.test.ts): opens the library and writes as fast as it can,
 * printing a line only after each write's promise resolved. The parent SIGKILLs it at random
 * moments and checks that every acknowledged write survived.
 *
 * Run: node --import tsx crashWriter.ts <libraryDir> <seed>
 * Lines: `ready`, `ack create <id>`, `ack save <id> <seq>`, `ack import <sha256>`.
 */
import sharp from 'sharp';
import type { Design } from '../../../../core/schema/design';
import { openLibrary } from '../library';
import { sampleDesign } from './helpers';

const [dir, seedText] = process.argv.slice(2);
if (!dir) throw new Error('usage: crashWriter.ts <libraryDir> <seed>');
const seed = Number(seedText ?? 0);

const say = (line: string) => process.stdout.write(`${line}\n`);

const library = await openLibrary({ dir });
say('ready');
let current: Design | null = null;
for (let i = 0; ; i++) {
  const step = i % 7;
  if (current === null || step === 0) {
    const id = `w${seed}x${i}`;
    current = sampleDesign({ id, name: 'seq 0' });
    await library.createDesign(current);
    say(`ack create ${id}`);
  } else if (step === 3) {
    // A tiny unique image: exercises blobs/ and thumbs/ writes as well.
    const png = await sharp({ create: { width: 2, height: 2, channels: 3, background: { r: seed % 256, g: i % 256, b: (i >> 8) % 256 } } })
      .png()
      .toBuffer();
    const { asset } = await library.importAsset(`crash-${seed}-${i}.png`, png);
    say(`ack import ${asset.id}`);
  } else {
    const next: Design = { ...current, name: `seq ${i}` };
    current = next;
    await library.saveDesign(next);
    say(`ack save ${next.id} ${i}`);
  }
}

/** The 60 s variant of the benchmark reel (bench/videoReel.ts): a valid design, four times the reel, ids unique. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { walkElements } from '../core/schema/walk';
import { parseDesign } from '../core/schema';
import { videoTimeline } from '../core/video/timeline';
import { readPortable } from '../electron/services/portable';
import { sixtySecondReel } from './videoReel';

const reel = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../assets/examples/benchmark-reel.affiche');

describe('sixtySecondReel', () => {
  it('repeats the reel’s three scenes four times into a valid 60 s design with unique ids and the music looped', async () => {
    const { design } = await readPortable(reel, 'benchmark-reel.affiche');
    const long = parseDesign(sixtySecondReel(design)).design;
    expect(long.pages).toHaveLength(12);
    expect(videoTimeline(design).durationMs).toBe(15_000);
    expect(videoTimeline(long).durationMs).toBe(60_000);
    expect(long.audio?.fit).toBe('loop');
    const ids: string[] = [];
    walkElements(long, (el) => void ids.push(el.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(long.pages.map((p) => p.id)).size).toBe(12);
  });
});

/** Test pictures that compress like photos (or worse): gradients plus seeded random noise. */
import sharp from 'sharp';
import { seededRandom } from '../library/testing/corrupt';

/**
 * Raw RGB(A) pixels: a colour gradient with `noise` (0..255) of random grain on top. noise 255 is
 * pure noise, the worst case for any encoder.
 */
export function noisyPixels(width: number, height: number, options: { seed?: number; noise?: number; alpha?: boolean } = {}): { data: Buffer; channels: 3 | 4 } {
  const random = seededRandom(options.seed ?? 1);
  const noise = options.noise ?? 60;
  const channels = options.alpha ? 4 : 3;
  const data = Buffer.alloc(width * height * channels);
  const keep = (255 - noise) / 255;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * channels;
      data[i] = (x / width) * 255 * keep + random() * noise;
      data[i + 1] = (y / height) * 255 * keep + random() * noise;
      data[i + 2] = 128 * keep + random() * noise;
      if (channels === 4) data[i + 3] = x < width / 2 ? 255 : 96;
    }
  }
  return { data, channels };
}

export function noisyImage(width: number, height: number, options: { seed?: number; noise?: number; alpha?: boolean } = {}): sharp.Sharp {
  const { data, channels } = noisyPixels(width, height, options);
  return sharp(data, { raw: { width, height, channels } });
}

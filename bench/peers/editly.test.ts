/** The editly peer's output line (bench/peers/editly-reel.sh): read, or refused when it is not a timing. */
import { describe, expect, it } from 'vitest';
import { parseEditlyOutput } from './editly';

describe('parseEditlyOutput', () => {
  it('reads "editly_wall_s X editly_cpu_s Y", the last such line, after whatever editly printed', () => {
    expect(parseEditlyOutput('editly_wall_s 83.412345 editly_cpu_s 151.27\n')).toEqual({ wallS: 83.412345, cpuS: 151.27 });
    expect(parseEditlyOutput('npm warn something\nediting...\neditly_wall_s 1 editly_cpu_s 2\neditly_wall_s 3.5 editly_cpu_s 4\n')).toEqual({ wallS: 3.5, cpuS: 4 });
    // bc prints a leading dot under one second.
    expect(parseEditlyOutput('editly_wall_s .95 editly_cpu_s 0.8')).toEqual({ wallS: 0.95, cpuS: 0.8 });
  });

  it('gives null for no timing line, a missing or non-numeric figure, or a negative one', () => {
    for (const text of ['', 'editly run failed: see run.log', 'editly_wall_s 12', 'editly_wall_s x editly_cpu_s 3', 'editly_wall_s 12 editly_cpu_s ', 'editly_wall_s -1 editly_cpu_s 3', 'editly_cpu_s 3 editly_wall_s 12']) {
      expect(parseEditlyOutput(text), text).toBeNull();
    }
  });
});

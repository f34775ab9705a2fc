/**
 * The seam between the video export and burned-in captions (docs/architecture.md, "Video"): a
 * filter appended at the very end of the picture's chain (an `ass=` filter on a subtitle file the
 * captions module writes into `workDir`), or null when nothing is burned in.
 *
 * This module answers null until the captions' burn-in is plugged in here with the same signature.
 */
import type { Design, FormatRef } from '../../../core/schema';

export interface CaptionsBurnRequest {
  design: Design;
  format: Pick<FormatRef, 'width' | 'height'>;
  workDir: string;
}

export async function burnCaptions(_request: CaptionsBurnRequest): Promise<{ filter: string } | null> {
  return null;
}

/**
 * `preflight.check` for a video format: the staged file probed (./probe.ts), its type read from
 * its first bytes, and checked by the pure rules of core/preflight/video.ts.
 */
import { msg } from '../../../core/messages';
import { videoPreflight, type VideoPreflightFormat, type VideoRuleResult } from '../../../core/preflight/video';
import { UserError } from '../errors';
import { FfmpegRunError } from '../ffmpeg/run';
import { detectMediaType } from './files';
import { probeVideoFile, type VideoFileInfo } from './probe';

export async function checkVideoFile(file: string, fileName: string, format: VideoPreflightFormat): Promise<{ type: string; bytes: number; width: number; height: number; info: VideoFileInfo; rules: VideoRuleResult[] }> {
  let info: VideoFileInfo;
  try {
    info = await probeVideoFile(file);
  } catch (error) {
    if (error instanceof FfmpegRunError) throw new UserError('bad-file', msg('videoFile.notVideo', { name: fileName, why: error.stderrTail.trim().split('\n').at(-1) ?? '' }));
    throw error;
  }
  const type = await detectMediaType(file);
  return { type, bytes: info.bytes, width: info.video?.width ?? 0, height: info.video?.height ?? 0, info, rules: videoPreflight({ ...info, type }, format) };
}

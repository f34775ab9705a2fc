/** The commands `affiche` understands, as parsed from its command line (./args.ts). */
import type { ImageFileType } from '../../core/files/imageTypes';
import type { AssetKind } from '../../core/schema/constants';
import type { Network } from '../../core/formats/constants';
import type { PostStatus } from '../../core/schema/posts';
import type { Scheduler } from '../../core/posts/scheduleRows';

/** `--format all-variants`: the master and every variant saved in the design. */
export const ALL_VARIANTS = 'all-variants';

/** What `render --format` asked for: catalog ids in the order given, and/or every saved variant. */
export interface FormatRequest {
  ids: string[];
  allVariants: boolean;
}

export type HelpTopic = 'formats' | 'render' | 'preflight' | 'library' | 'templates' | 'meme' | 'carousel' | 'captions' | 'calendar' | 'posts' | 'bundle';
export const HELP_TOPICS: readonly string[] = ['formats', 'render', 'preflight', 'library', 'templates', 'meme', 'carousel', 'captions', 'calendar', 'posts', 'bundle'] satisfies HelpTopic[];

/** `--set name=value`, in the order given. */
export interface SlotSetting {
  name: string;
  value: string;
}

export const MEME_VIDEO_TYPES = ['mp4', 'gif', 'webp'] as const;
export type MemeVideoType = (typeof MEME_VIDEO_TYPES)[number];


export type Command =
  | { name: 'help'; topic?: HelpTopic }
  | { name: 'version' }
  | { name: 'formats'; json: boolean; library?: string }
  | {
      name: 'render';
      source: string;
      /** The folder of images (a numbered set); absent when only a PDF is asked for. */
      out?: string;
      type: ImageFileType;
      page?: number;
      library?: string;
      formats?: FormatRequest;
      split?: boolean;
      /** The PDF document to write, and its size target in bytes. */
      pdf?: string;
      maxBytes?: number;
      /** A video design's MP4: draft or final (default). */
      quality?: 'draft' | 'final';
      /** Options given explicitly that a video design's MP4 has no use for (refused then). */
      imageOnly?: string[];
      /** `--type` as given (lower case, no dot): checked against the design's kind once it is read. */
      typeGiven?: string;
      /** `--type` when it names a video file type (mp4, gif; webp is both). */
      videoType?: 'mp4' | 'gif' | 'webp';
      /** `--no-cover`: a video design's MP4 without its cover pictures. */
      noCover?: boolean;
    }
  | { name: 'preflight'; file: string; format: string; fix: boolean; out?: string; crop?: 'center' | { x: number; y: number } }
  | { name: 'library-import'; paths: string[]; tags: string[]; library?: string }
  | { name: 'library-list'; json: boolean; query?: string; tags: string[]; type?: AssetKind; library?: string }
  | { name: 'library-export'; file: string; brandKit: boolean; json: boolean; library?: string }
  | { name: 'library-import-archive'; file: string; replaceBrandKit: boolean; json: boolean; library?: string }
  | { name: 'templates-list'; json: boolean; query?: string; tags: string[]; library?: string }
  | { name: 'templates-fill'; template: string; sets: SlotSetting[]; out: string; type: ImageFileType; format?: string; library?: string }
  | {
      name: 'meme';
      picture: string;
      top?: string;
      bottom?: string;
      layout: string;
      out: string;
      type: ImageFileType;
      /** What a meme over a clip writes: from --type (mp4, gif, webp), else the --out extension, else MP4. */
      videoType: MemeVideoType;
      format?: string;
      library?: string;
    }
  | { name: 'templates-import'; file: string; picture?: string; json: boolean; library?: string }
  | { name: 'templates-export'; ids: string[]; out: string; library?: string }
  | { name: 'carousel-split'; source: string; out: string; type: ImageFileType; library?: string }
  /** `source` is a text file, or '-' for stdin. */
  | { name: 'carousel-from-text'; source: string; out: string; template?: string; format?: string; library?: string }
  | { name: 'captions-import'; design: string; file: string; library?: string }
  | { name: 'captions-export'; design: string; out: string; library?: string }
  | { name: 'calendar-export'; ics: string; from?: string; to?: string; library?: string }
  | {
      name: 'posts-add';
      /** A .affiche file (imported into the library first) or a design id. */
      design: string;
      networks: Network[];
      caption: string;
      title?: string;
      /** The local date and time typed, YYYY-MM-DDTHH:mm; absent: not planned yet. */
      at?: string;
      /** The IANA zone of `at`; absent: the editorial line's. */
      tz?: string;
      /** One per picture, in order. */
      altTexts: string[];
      hashtags: string[];
      firstComment?: string;
      link?: string;
      status: PostStatus;
      json: boolean;
      library?: string;
    }
  | { name: 'posts-list'; json: boolean; from?: string; to?: string; status?: PostStatus[]; library?: string }
  | {
      name: 'bundle';
      /** The posts named, or a range of days (`from`, `to`). */
      postIds: string[];
      from?: string;
      to?: string;
      /** A `.zip` file, else a folder (absent or empty). */
      out: string;
      csv: Scheduler[];
      mediaBaseUrl?: string;
      dateOrder?: 'dmy' | 'mdy';
      json: boolean;
      library?: string;
    };

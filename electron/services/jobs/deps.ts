import type { LibraryScope } from '../../../core/api';
import type { Host } from '../host';
import type { LibraryStore } from '../library/types';
import type { StagingArea } from '../staging/staging';
import type { ThumbnailQueue } from '../thumbnails';

/** What job handlers use: the library, the staging area, the host's dialogs, thumbnails, events. */
export interface JobDeps {
  library: LibraryStore;
  staging: StagingArea;
  host: Host;
  thumbnails: ThumbnailQueue;
  emit: (scope: LibraryScope, id?: string) => void;
}

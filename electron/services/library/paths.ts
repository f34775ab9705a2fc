/**
 * Where everything lives inside a library folder (docs/architecture.md, Data). Every path is built here, and
 * only from ids that passed these checks, so no user-supplied string ever becomes a path
 * (SEC-07: ../, %2e%2e, absolute paths).
 */
import { lstatSync } from 'node:fs';
import path from 'node:path';

/** Designs and pages: see idSchema in core/schema/design.ts. */
const DESIGN_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Assets are content-addressed: lower-case sha256 hex. */
const ASSET_ID = /^[0-9a-f]{64}$/;

export const BACKUP_COUNT = 3;

export function isDesignId(id: unknown): id is string {
  return typeof id === 'string' && DESIGN_ID.test(id);
}

export function isAssetId(id: unknown): id is string {
  return typeof id === 'string' && ASSET_ID.test(id);
}

function check(ok: boolean, what: string): void {
  // A programming error, not a user one: callers validate ids before they get here.
  if (!ok) throw new Error(`refusing to build a path from an invalid ${what}`);
}

export class LibraryPaths {
  readonly libraryJson: string;
  readonly postsJson: string;
  readonly designs: string;
  readonly blobs: string;
  readonly thumbs: string;
  readonly backups: string;
  readonly designBackups: string;

  constructor(readonly dir: string) {
    this.libraryJson = path.join(dir, 'library.json');
    this.postsJson = path.join(dir, 'posts.json');
    this.designs = path.join(dir, 'designs');
    this.blobs = path.join(dir, 'blobs');
    this.thumbs = path.join(dir, 'thumbs');
    this.backups = path.join(dir, 'backups');
    this.designBackups = path.join(this.backups, 'designs');
  }

  /** backups/library.json.1 .. .3, newest first. */
  libraryBackups(): string[] {
    return Array.from({ length: BACKUP_COUNT }, (_, i) => path.join(this.backups, `library.json.${i + 1}`));
  }

  /** Copy of library.json kept before the first migrated write (REL-09). */
  libraryMigrationBackup(fromVersion: number): string {
    return path.join(this.backups, `library.v${fromVersion}.json`);
  }

  /** backups/posts.json.1 .. .3, newest first. */
  postsBackups(): string[] {
    return Array.from({ length: BACKUP_COUNT }, (_, i) => path.join(this.backups, `posts.json.${i + 1}`));
  }

  /** Copy of posts.json kept before the first migrated write (REL-09). */
  postsMigrationBackup(fromVersion: number): string {
    return path.join(this.backups, `posts.v${fromVersion}.json`);
  }

  design(id: string): string {
    check(isDesignId(id), 'design id');
    return path.join(this.designs, `${id}.json`);
  }

  /** backups/designs/<id>.1.json .. .3.json, newest first. */
  designBackupFiles(id: string): string[] {
    check(isDesignId(id), 'design id');
    return Array.from({ length: BACKUP_COUNT }, (_, i) => path.join(this.designBackups, `${id}.${i + 1}.json`));
  }

  designMigrationBackup(id: string, fromVersion: number): string {
    check(isDesignId(id), 'design id');
    return path.join(this.designBackups, `${id}.v${fromVersion}.json`);
  }

  designThumb(id: string): string {
    check(isDesignId(id), 'design id');
    return path.join(this.thumbs, `design-${id}.webp`);
  }

  blob(id: string): string {
    check(isAssetId(id), 'asset id');
    return path.join(this.blobs, id);
  }

  assetThumb(id: string): string {
    check(isAssetId(id), 'asset id');
    return path.join(this.thumbs, `${id}.webp`);
  }

  /**
   * Whether `file` (a path built here) is a regular file reached from the library folder without
   * any link on the way: what the library serves, exports and archives (SEC-07). The library
   * folder itself may be a link (a library moved to another disk); nothing inside it may be.
   */
  isRegularFile(file: string): boolean {
    const relative = path.relative(this.dir, file);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
    let at = this.dir;
    const parts = relative.split(path.sep);
    try {
      for (const [index, part] of parts.entries()) {
        at = path.join(at, part);
        const stat = lstatSync(at);
        if (index < parts.length - 1 ? !stat.isDirectory() : !stat.isFile()) return false;
      }
      return true;
    } catch {
      return false;
    }
  }

  /** design id from a designs/ file name, or null for anything else. */
  static designIdOfFile(name: string): string | null {
    const match = /^(.+)\.json$/.exec(name);
    return match && isDesignId(match[1]) ? match[1] : null;
  }
}

/**
 * Library archives (issue 5): the whole library or the brand kit as one zip. Imported from
 * outside this folder: the handlers (../../handlers.ts), the CLI, browser mode and Electron main.
 */
export { exportArchive, type ExportArchiveOptions, type ExportedArchive } from './exportArchive';
export { importArchive, type ImportArchiveOptions } from './importArchive';
export { ArchiveRefused } from './readArchive';
export { ARCHIVE_FORMAT, ARCHIVE_LIMITS, ARCHIVE_VERSION } from './format';
export { progressLine, type ArchiveProgress } from './progress';
export { archiveFileName, archiveJobProgress, importArchiveFile } from './service';

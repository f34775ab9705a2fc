/**
 * The catalog's enumerations without zod: the UI's first frame labels formats and networks but
 * never builds the catalog's schemas (see core/schema/constants.ts). schema.ts re-exports them.
 */

export const NETWORKS = ['instagram', 'facebook', 'linkedin', 'x', 'tiktok', 'youtube', 'pinterest', 'threads', 'bluesky'] as const;
export type Network = (typeof NETWORKS)[number];

export const FORMAT_KINDS = ['image', 'video', 'document'] as const;
export type FormatKind = (typeof FORMAT_KINDS)[number];

/** File types as detected from content (magic bytes), never from a file name. */
export const MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'video/mp4', 'video/quicktime', 'application/pdf'] as const;

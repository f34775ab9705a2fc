/**
 * The image file types Affiche writes (in-app export, `affiche render --type`): one identifier per
 * type, as its MIME type names it (`jpeg`, like image/jpeg, sharp and the canvas). A file type is not
 * a file name extension: a JPEG file is named .jpg (IMAGE_EXTENSIONS).
 */
export const IMAGE_FILE_TYPES = ['png', 'jpeg', 'webp'] as const;
export type ImageFileType = (typeof IMAGE_FILE_TYPES)[number];

export const IMAGE_MIME_TYPES: { readonly [T in ImageFileType]: string } = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' };

/** Their proper names, the same in every language (menus, dialogs). */
export const IMAGE_TYPE_NAMES: { readonly [T in ImageFileType]: string } = { png: 'PNG', jpeg: 'JPEG', webp: 'WebP' };

/** The extension (no dot) a file of each type is written with. */
export const IMAGE_EXTENSIONS: { readonly [T in ImageFileType]: string } = { png: 'png', jpeg: 'jpg', webp: 'webp' };

/** What a person types for a file type (the CLI's --type): its name or its extension, any case ('jpg', 'JPEG'). */
export function imageFileTypeNamed(input: string): ImageFileType | undefined {
  const name = input.trim().toLowerCase().replace(/^\./, '');
  return IMAGE_FILE_TYPES.find((type) => type === name || IMAGE_EXTENSIONS[type] === name);
}

/**
 * memegen's config.yml as a user template on the user's picture (core/templates/memegen.ts): the
 * picture is a library asset (imported first, like any fill's), its pixel size read from the
 * library; a document that is not memegen's shape is refused naming the file.
 *
 * The YAML text itself is parsed with the `yaml` package (ISC) by the caller; see the report of
 * this branch: the call and CLI wiring land once `yaml` is installed.
 */
import { ZodError } from 'zod';
import type { TemplateSummary } from '../../../core/api/templateArgs';
import { msg } from '../../../core/messages';
import { memegenTemplate } from '../../../core/templates/memegen';
import { UserError } from '../errors';
import type { LibraryStore } from '../library/types';
import { slotValues } from './filled';

export async function addMemegenTemplate(library: LibraryStore, document: unknown, fileName: string, pictureAssetId: string): Promise<TemplateSummary> {
  const value = slotValues(library, { picture: { kind: 'image', assetId: pictureAssetId } }).picture;
  if (value.kind !== 'image') throw new Error('unreachable: a picture value');
  let made;
  try {
    made = memegenTemplate(document, { assetId: value.assetId, width: value.width, height: value.height });
  } catch (error) {
    if (error instanceof ZodError) {
      const issue = error.issues[0];
      throw new UserError('bad-file', msg('template.memegenInvalid', { file: fileName, detail: `${issue.path.join('.') || 'config'}: ${issue.message}`.slice(0, 200) }));
    }
    throw error;
  }
  return library.addTemplate(made.design, { name: made.name, tags: made.tags });
}

/**
 * Child process for the kill test (kill.test.ts): opens a library (filled with designs and media
 * by the parent), starts an export job writing to `target`, prints `started` and, if it lives that
 * long, `done`. The parent SIGKILLs it at a random moment.
 *
 * Run: node --import tsx exportChild.ts <libraryDir> <journalDir> <target> <archive|images>
 */
import { createBackend } from '../../backend';
import { runJobOn } from '../../testing/backendTesting';

const [libraryDir, journalDir, target, kind] = process.argv.slice(2);
const backend = await createBackend({ libraryDir, journalDir, transport: 'inprocess', readOnly: true });
const id = backend.staging.target(target, kind === 'images' ? 'folder' : 'file').id;
process.stdout.write('started\n');
if (kind === 'images') {
  const [design] = backend.library.listDesigns({});
  await runJobOn(backend, 'designs.exportImages', { design: { id: design.id }, type: 'png', formats: { ids: ['instagram-story', 'x-landscape', 'tiktok-photo'], allVariants: true }, packaging: 'files', target: id });
} else {
  await runJobOn(backend, 'library.exportArchive', { scope: 'library', target: id });
}
process.stdout.write('done\n');
await backend.close();

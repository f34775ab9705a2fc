/**
 * Child process for the bundle kill test (../bundleKill.test.ts, EXP-08): opens a library (filled
 * by the parent), starts a `posts.bundle` job writing to `target` (a zip, or a folder with
 * `folder`), prints `started`, `writing` when the job starts writing its files and, if it lives that
 * long, `done`. The parent SIGKILLs it.
 *
 * Run: node --import tsx bundleChild.ts <libraryDir> <journalDir> <target> <zip|folder> <postId>
 */
import { createBackend } from '../../backend';
import { runJobOn } from '../../testing/backendTesting';

const [libraryDir, journalDir, target, kind, postId] = process.argv.slice(2);
const backend = await createBackend({ libraryDir, journalDir, transport: 'inprocess', readOnly: true });
const id = backend.staging.target(target, kind === 'folder' ? 'folder' : 'file').id;
process.stdout.write('started\n');
let writing = false;
await runJobOn(
  backend,
  'posts.bundle',
  { postIds: [postId], zip: kind !== 'folder', csv: ['affiche'], target: id },
  {
    onProgress: (progress) => {
      if (writing || progress.stage?.key !== 'bundle.writing') return;
      writing = true;
      process.stdout.write('writing\n');
    },
  },
);
process.stdout.write('done\n');
await backend.close();

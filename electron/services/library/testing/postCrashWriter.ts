/**
 * Child process for the posts' kill -9 test (postModel.test.ts): opens the library and saves,
 * edits and deletes posts as fast as it can, printing a line only after each write's promise
 * resolved. The parent SIGKILLs it at random moments and checks that every acknowledged write
 * survived in a posts.json that still parses.
 *
 * Run: node --import tsx postCrashWriter.ts <libraryDir> <seed>
 * Lines: `ready`, `ack save <id> <i>` (the caption is `seq <i>`), `deleting <id>` (a delete in
 * flight: a kill may come after it reached the disk, before its ack), `ack delete <id>`.
 */
import type { PostInput } from '../../../../core/schema/posts';
import { openLibrary } from '../library';

const [dir, seedText] = process.argv.slice(2);
if (!dir) throw new Error('usage: postCrashWriter.ts <libraryDir> <seed>');
const seed = Number(seedText ?? 0);

const say = (line: string) => process.stdout.write(`${line}\n`);

function post(id: string, i: number): PostInput {
  return {
    id,
    title: `Post ${id}`,
    status: 'draft',
    notes: '',
    at: { local: `2026-12-${String((i % 28) + 1).padStart(2, '0')}T09:00`, zone: 'Europe/Paris' },
    designIds: [],
    master: { caption: `seq ${i}`, hashtags: ['#affiche'], firstComment: 'Premier commentaire, « guillemets »', link: '' },
    targets: [{ network: 'instagram' }, { network: 'linkedin', caption: `seq ${i} pour LinkedIn` }],
  };
}

const library = await openLibrary({ dir });
say('ready');
let current = '';
for (let i = 0; ; i++) {
  const step = i % 6;
  if (current === '' || step === 0) {
    current = `c${seed}x${i}`;
    await library.posts.save(post(current, i));
    say(`ack save ${current} ${i}`);
  } else if (step === 5) {
    // Deleted, and never written again.
    say(`deleting ${current}`);
    await library.posts.delete(current);
    say(`ack delete ${current}`);
    current = '';
  } else {
    await library.posts.save(post(current, i));
    say(`ack save ${current} ${i}`);
  }
}

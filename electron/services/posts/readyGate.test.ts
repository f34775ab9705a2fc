/**
 * The ready gate through the dispatcher (the in-process bridge, as the app and the CLI call it):
 * `posts.save` refuses `ready` while a network would refuse the post, naming the first failing
 * rule of each network in English and French, and saves nothing then; the design facts come from
 * the library (a carousel's slides and alt texts, a video's length on its timeline).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AfficheCallError, type AfficheBridge } from '../../../core/api';
import { formatMessage, type Message } from '../../../core/messages';
import { createPage } from '../../../core/schema/factory';
import type { Design } from '../../../core/schema';
import type { PostInput } from '../../../core/schema/posts';
import { createBackend, type Backend } from '../backend';
import { inProcessBridge } from '../inProcess';
import { makeTempDir, removeDir } from '../library/testing/helpers';
import { checkContextFor } from './checkContext';

let dir: string;
let backend: Backend;
let bridge: AfficheBridge;

beforeEach(async () => {
  dir = await makeTempDir();
  backend = await createBackend({ libraryDir: dir, transport: 'inprocess', validateResults: true });
  bridge = inProcessBridge(backend);
});
afterEach(async () => {
  await backend.close();
  await removeDir(dir);
});

async function carousel(slides: number, altTexts: string[] = []): Promise<Design> {
  const { design } = await bridge.api['designs.create']({ name: 'Tips', kind: 'carousel', format: { preset: 'instagram-carousel', width: 1080, height: 1350 } });
  const pages = Array.from({ length: slides }, (_, i) => ({ ...(i === 0 ? design.pages[0] : createPage()), ...(altTexts[i] ? { altText: altTexts[i] } : {}) }));
  const next = { ...design, pages };
  await bridge.api['designs.save']({ design: next });
  return next;
}

function post(designId: string, targets: PostInput['targets'], master: Partial<PostInput['master']> = {}): PostInput {
  return {
    id: 'p1',
    title: 'Tips',
    status: 'ready',
    notes: '',
    at: { local: '2026-12-10T09:00', zone: 'Europe/Paris' },
    designIds: [designId],
    master: { caption: 'Five tips for a winter shoot.', hashtags: ['#winter'], firstComment: '', link: '', ...master },
    targets,
  };
}

async function refusal(promise: Promise<unknown>): Promise<AfficheCallError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AfficheCallError);
  return error as AfficheCallError;
}

describe('the ready gate of posts.save', () => {
  it('refuses ready with the first failing rule per network, in both languages, and saves nothing', async () => {
    const design = await carousel(5);
    const error = await refusal(
      bridge.api['posts.save'](post(design.id, [{ network: 'instagram' }, { network: 'x' }, { network: 'linkedin' }], { hashtags: ['#a1', '#b2', '#c3', '#d4', '#e5', '#f6'] })),
    );
    expect(error.code).toBe('invalid-args');
    expect(error.message).toBe('This post cannot be marked ready yet. Instagram: 6 hashtags: the limit is 5. X: 5 pictures: X takes at most 4 in one post.');
    expect(formatMessage(error.detail as Message, 'fr')).toBe(
      'Cette publication ne peut pas encore être prête. Instagram\u00a0: 6 hashtags\u00a0: la limite est de 5. X\u00a0: 5 images\u00a0: X en prend au plus 4 par publication.',
    );
    expect((await bridge.api['posts.list']({})).posts).toEqual([]);

    // The same post as a draft is saved, checks or not; fixed, it can be ready.
    const draft = { ...post(design.id, [{ network: 'instagram' }, { network: 'linkedin' }], { hashtags: ['#a1', '#b2', '#c3', '#d4', '#e5', '#f6'] }), status: 'draft' as const };
    expect((await bridge.api['posts.save'](draft)).post.status).toBe('draft');
    const ready = await bridge.api['posts.save']({ ...draft, status: 'ready', master: { ...draft.master, hashtags: ['#a1'] } });
    expect(ready.post).toMatchObject({ status: 'ready', sequence: 1 });
  });

  it('reads the slides’ alt texts when the editorial line requires them', async () => {
    const design = await carousel(3, ['Snow', 'Scarf']);
    const editorial = (await bridge.api['editorial.get']({})).editorial;
    await bridge.api['editorial.save']({ ...editorial, settings: { ...editorial.settings, altTextRequired: true } });
    const error = await refusal(bridge.api['posts.save'](post(design.id, [{ network: 'instagram' }])));
    expect(error.message).toBe('This post cannot be marked ready yet. Instagram: 1 picture of 3 has no alt text.');
    expect(formatMessage(error.detail as Message, 'fr')).toBe('Cette publication ne peut pas encore être prête. Instagram\u00a0: 1 image sur 3 n’a pas de texte alternatif.');
    // The target's own alt text fills the gap.
    const saved = await bridge.api['posts.save'](post(design.id, [{ network: 'instagram', altTexts: ['', '', 'Boots'] }]));
    expect(saved.post.status).toBe('ready');
  });

  it('reads a video’s length from its timeline', async () => {
    const { design } = await bridge.api['designs.create']({ name: 'Reel', kind: 'video', format: { preset: 'x-video', width: 1080, height: 1920 } });
    // Three scenes of 50 s, cut: 150 s, over X's 140 s.
    const reel = { ...design, pages: [0, 1, 2].map((i) => ({ ...(i === 0 ? design.pages[0] : createPage()), durationMs: 50_000 })) };
    await bridge.api['designs.save']({ design: reel });
    const context = await checkContextFor(backend.library, post(reel.id, [{ network: 'x' }]));
    expect(context.design?.(reel.id)).toEqual({ kind: 'video', pictures: 0, altTexts: [], durationMs: 150_000 });
    const error = await refusal(bridge.api['posts.save'](post(reel.id, [{ network: 'x' }, { network: 'pinterest' }])));
    expect(error.message).toBe('This post cannot be marked ready yet. X: The video lasts 150 s: X takes at most 140 s. Pinterest: Pinterest takes no video posts: plan a picture or a carousel there.');
    expect(formatMessage(error.detail as Message, 'fr')).toBe(
      'Cette publication ne peut pas encore être prête. X\u00a0: La vidéo dure 150\u00a0s\u00a0: X en prend au plus 140\u00a0s. Pinterest\u00a0: Pinterest ne publie pas de vidéo\u00a0: prévoyez-y une image ou un carrousel.',
    );
    expect((await bridge.api['posts.save'](post(reel.id, [{ network: 'instagram' }]))).post.status).toBe('ready');
  });
});

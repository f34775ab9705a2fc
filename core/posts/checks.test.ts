/**
 * A post's checks per network: what each rule says (in English and in French), at which level, and
 * that a post under every limit has no error. Design facts come as the library would give them.
 */
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../messages';
import type { Network } from '../formats/constants';
import type { PostInput, PostTarget } from '../schema/posts';
import { createDesign, createPage } from '../schema/factory';
import { blocksReady, checkPost, designFacts, firstErrors, notReadyMessage, type CheckContext, type DesignFacts, type PostCheck } from './checks';

function post(targets: PostTarget[], master: Partial<PostInput['master']> = {}, extra: Partial<PostInput> = {}): PostInput {
  return {
    id: 'p1',
    title: 'Winter sale',
    status: 'draft',
    notes: '',
    at: { local: '2026-12-10T09:00', zone: 'Europe/Paris' },
    designIds: ['d1'],
    master: { caption: 'Our winter sale starts today.', hashtags: [], firstComment: '', link: '', ...master },
    targets,
    ...extra,
  };
}

const still: DesignFacts = { kind: 'still', pictures: 1, altTexts: ['A red scarf on snow'] };
function context(design: DesignFacts | undefined = still, altTextRequired = false): CheckContext {
  return { editorial: { settings: { timeZone: 'Europe/Paris', altTextRequired, mediaBaseUrl: '' } }, design: () => design };
}

/** The checks of one network, rendered: [level, English, French]. */
function said(checks: PostCheck[], network: Network | null = null): Array<[string, string, string]> {
  return checks.filter((check) => network === null || check.network === network).map((check) => [check.level, formatMessage(check.message, 'en'), formatMessage(check.message, 'fr')]);
}

const SIX_TAGS = ['#a1', '#b2', '#c3', '#d4', '#e5', '#f6'];

describe('post checks', () => {
  it('a post within every limit has no error', () => {
    const checks = checkPost(post([{ network: 'instagram' }, { network: 'x' }, { network: 'bluesky' }, { network: 'linkedin' }], { hashtags: ['#winter'] }), context());
    expect(blocksReady(checks)).toBe(false);
    expect(checks).toEqual([]);
  });

  it('refuses 6 hashtags on Instagram and takes 5, counting those typed in the caption once', () => {
    const six = checkPost(post([{ network: 'instagram' }], { caption: 'Sale #a1 #A1', hashtags: SIX_TAGS }), context());
    expect(said(six)).toEqual([['error', '6 hashtags: the limit is 5.', '6 hashtags\u00a0: la limite est de 5.']]);
    expect(blocksReady(six)).toBe(true);
    expect(checkPost(post([{ network: 'instagram' }], { hashtags: SIX_TAGS.slice(0, 5) }), context())).toEqual([]);
    // X has no hashtag cap.
    expect(checkPost(post([{ network: 'x' }], { hashtags: SIX_TAGS }), context())).toEqual([]);
  });

  it('refuses 6 links on Threads, the link field counted unless the caption holds it', () => {
    const links = ['https://a.com', 'b.fr', 'www.c.org/x', 'https://d.io', 'e.net'];
    const five = post([{ network: 'threads' }], { caption: links.join(' '), link: 'https://a.com' });
    expect(checkPost(five, context())).toEqual([]);
    const six = checkPost(post([{ network: 'threads' }], { caption: links.join(' '), link: 'https://f.com' }), context());
    expect(said(six)).toEqual([['error', '6 links: the limit is 5.', '6 liens\u00a0: la limite est de 5.']]);
    // An e-mail address or a file name is no link.
    expect(checkPost(post([{ network: 'threads' }], { caption: `${links.join(' ')} contact@shop.fr notes.txt` }), context())).toEqual([]);
  });

  it('warns that Threads makes only the first hashtag its topic tag', () => {
    expect(said(checkPost(post([{ network: 'threads' }], { hashtags: ['#a', '#b'] }), context()))).toEqual([
      ['warning', '2 hashtags: Threads makes only the first one the post’s topic tag.', '2 hashtags\u00a0: Threads ne fait du premier que le sujet de la publication.'],
    ]);
  });

  it('counts each caption in its network’s unit', () => {
    const cjk = '日'.repeat(141); // 141 code points, 282 on X's count
    const checks = checkPost(post([{ network: 'x' }, { network: 'threads' }], { caption: cjk }), context());
    expect(said(checks)).toEqual([
      [
        'error',
        'The caption counts 282 characters as X counts them (a link is 23, an emoji or a CJK character 2): the limit is 280.',
        'La légende compte 282 caractères au compte de X (un lien en vaut 23, un emoji ou un caractère chinois, japonais ou coréen 2)\u00a0: la limite est de 280.',
      ],
    ]);
    // Bluesky: 300 graphemes pass, 3,000 bytes do not (300 family emoji are 7,500 bytes).
    const families = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}'.repeat(300);
    expect(said(checkPost(post([{ network: 'bluesky' }], { caption: families }), context()))).toEqual([
      ['error', 'The caption counts 7500 bytes (UTF-8: an accented letter takes 2): the limit is 3000.', 'La légende compte 7500 octets (UTF-8\u00a0: une lettre accentuée en prend 2)\u00a0: la limite est de 3000.'],
    ]);
    expect(said(checkPost(post([{ network: 'bluesky' }], { caption: 'a'.repeat(301) }), context()))).toEqual([
      ['error', 'The caption counts 301 characters as Bluesky counts them (an emoji is one): the limit is 300.', 'La légende compte 301 caractères au compte de Bluesky (un emoji en vaut un)\u00a0: la limite est de 300.'],
    ]);
    // YouTube's description: 5,000 bytes; 2,600 é are 5,200.
    expect(said(checkPost(post([{ network: 'youtube' }], { caption: 'é'.repeat(2600) }), context(undefined)))[0]).toEqual([
      'error',
      'The caption counts 5200 bytes (UTF-8: an accented letter takes 2): the limit is 5000.',
      'La légende compte 5200 octets (UTF-8\u00a0: une lettre accentuée en prend 2)\u00a0: la limite est de 5000.',
    ]);
    expect(said(checkPost(post([{ network: 'instagram' }], { caption: 'a'.repeat(2201) }), context())).filter(([level]) => level === 'error')).toEqual([
      ['error', 'The caption counts 2201 characters: the limit is 2200.', 'La légende compte 2201 caractères\u00a0: la limite est de 2200.'],
    ]);
  });

  it('checks Pinterest’s title and description, and says links there are not clickable', () => {
    const checks = checkPost(post([{ network: 'pinterest', title: 't'.repeat(101) }], { caption: `${'d'.repeat(480)} https://shop.example.com/p` }), context());
    expect(said(checks)).toEqual([
      ['error', 'The caption counts 507 characters: the limit is 500.', 'La légende compte 507 caractères\u00a0: la limite est de 500.'],
      ['info', 'Links in the description are not clickable on Pinterest: put the link in the pin’s link field.', 'Les liens de la description ne sont pas cliquables sur Pinterest\u00a0: mettez le lien dans le champ lien de l’épingle.'],
      ['error', 'The title counts 101 characters: the limit is 100.', 'Le titre compte 101 caractères\u00a0: la limite est de 100.'],
    ]);
  });

  it('says links are not clickable on Instagram and TikTok, and shows where the caption folds', () => {
    const caption = `${'a'.repeat(130)} example.com`;
    expect(said(checkPost(post([{ network: 'instagram' }, { network: 'tiktok' }, { network: 'x' }], { caption }), context()))).toEqual([
      ['info', 'About 125 characters show before “more”; the rest is folded.', 'Environ 125 caractères s’affichent avant «\u00a0plus\u00a0»\u202f; la suite est repliée.'],
      ['info', 'Links in the caption are not clickable on Instagram: point to the link in your profile.', 'Les liens de la légende ne sont pas cliquables sur Instagram\u00a0: renvoyez au lien de votre profil.'],
      ['info', 'Links in the caption are not clickable on TikTok: point to the link in your profile.', 'Les liens de la légende ne sont pas cliquables sur TikTok\u00a0: renvoyez au lien de votre profil.'],
    ]);
  });

  it('checks first comments: none on TikTok, 1,250 on LinkedIn, a reply on X, no link on Instagram', () => {
    const checks = checkPost(
      post([
        { network: 'tiktok' },
        { network: 'linkedin', firstComment: 'c'.repeat(1251) },
        { network: 'x', firstComment: 'r'.repeat(281) },
        { network: 'instagram', firstComment: 'More at https://shop.example.com' },
      ], { firstComment: 'Sizes in the comments' }),
      context(),
    );
    expect(said(checks)).toEqual([
      ['warning', 'TikTok takes no first comment from schedulers: post it yourself once the post is up.', 'TikTok ne prend pas de premier commentaire des outils de programmation\u00a0: publiez-le vous-même une fois la publication en ligne.'],
      ['error', 'The first comment counts 1251 characters: the limit is 1250.', 'Le premier commentaire compte 1251 caractères\u00a0: la limite est de 1250.'],
      [
        'error',
        'The first comment counts 281 characters as X counts them (a link is 23, an emoji or a CJK character 2): the limit is 280.',
        'Le premier commentaire compte 281 caractères au compte de X (un lien en vaut 23, un emoji ou un caractère chinois, japonais ou coréen 2)\u00a0: la limite est de 280.',
      ],
      [
        'warning',
        'A link in an Instagram comment is not clickable: keep keywords or hashtags there, and the link in your profile.',
        'Un lien en commentaire Instagram n’est pas cliquable\u00a0: gardez-y des mots-clés ou des hashtags, et le lien dans votre profil.',
      ],
    ]);
  });

  it('checks alt texts: too long per network, missing when required (always on Bluesky), the slides’ own filling the gaps', () => {
    const carousel: DesignFacts = { kind: 'carousel', pictures: 3, altTexts: ['One', '', ''] };
    const own = post([{ network: 'pinterest', altTexts: ['p'.repeat(501)] }, { network: 'instagram', altTexts: ['', 'Two'] }, { network: 'bluesky' }]);
    expect(said(checkPost(own, context(carousel)))).toEqual([
      ['error', 'The alt text of picture 1 counts 501 characters: the limit is 500.', 'Le texte alternatif de l’image 1 compte 501 caractères\u00a0: la limite est de 500.'],
      ['error', '2 pictures of 3 have no alt text.', '2 images sur 3 n’ont pas de texte alternatif.'],
    ]);
    // With the setting on, Instagram's third picture lacks one too; Pinterest's 2nd and 3rd.
    expect(said(checkPost(own, context(carousel, true))).filter(([, en]) => /no alt text/.test(en))).toEqual([
      ['error', '2 pictures of 3 have no alt text.', '2 images sur 3 n’ont pas de texte alternatif.'],
      ['error', '1 picture of 3 has no alt text.', '1 image sur 3 n’a pas de texte alternatif.'],
      ['error', '2 pictures of 3 have no alt text.', '2 images sur 3 n’ont pas de texte alternatif.'],
    ]);
    const single = checkPost(post([{ network: 'x' }]), context({ kind: 'still', pictures: 1, altTexts: [''] }, true));
    expect(said(single)).toEqual([['error', 'The picture has no alt text.', 'L’image n’a pas de texte alternatif.']]);
    // The older context (a picture count alone) still works.
    const counted = checkPost(post([{ network: 'x' }]), { editorial: context().editorial, pictureCount: () => 2 });
    expect(counted).toEqual([]);
    expect(blocksReady(checkPost(post([{ network: 'bluesky' }]), { editorial: context().editorial, pictureCount: () => 2 }))).toBe(true);
  });

  it('checks the media: pictures over a network’s cap, over its API cap, a video where none is taken, a video too long', () => {
    const eleven: DesignFacts = { kind: 'carousel', pictures: 11, altTexts: [] };
    expect(said(checkPost(post([{ network: 'x' }, { network: 'instagram', formatId: 'instagram-carousel' }, { network: 'linkedin' }]), context(eleven)))).toEqual([
      ['error', '11 pictures: X takes at most 4 in one post.', '11 images\u00a0: X en prend au plus 4 par publication.'],
      [
        'warning',
        '11 pictures: the Instagram app takes them, but a scheduler publishing through its API takes at most 10.',
        '11 images\u00a0: l’application Instagram les prend, mais un outil de programmation qui publie par son API en prend au plus 10.',
      ],
    ]);
    const big: DesignFacts = { kind: 'carousel', pictures: 21, altTexts: [] };
    expect(said(checkPost(post([{ network: 'instagram' }]), context(big)))).toEqual([['error', '21 pictures: Instagram takes at most 20 in one post.', '21 images\u00a0: Instagram en prend au plus 20 par publication.']]);
    const reel: DesignFacts = { kind: 'video', pictures: 0, altTexts: [], durationMs: 150_500 };
    expect(said(checkPost(post([{ network: 'pinterest' }, { network: 'x', formatId: 'x-video' }, { network: 'instagram' }, { network: 'bluesky' }]), context(reel)))).toEqual([
      ['error', 'Pinterest takes no video posts: plan a picture or a carousel there.', 'Pinterest ne publie pas de vidéo\u00a0: prévoyez-y une image ou un carrousel.'],
      ['error', 'The video lasts 150.5 s: X takes at most 140 s.', 'La vidéo dure 150,5\u00a0s\u00a0: X en prend au plus 140\u00a0s.'],
    ]);
    const short: DesignFacts = { kind: 'video', pictures: 0, altTexts: [], durationMs: 2000 };
    expect(said(checkPost(post([{ network: 'instagram' }]), context(short)))).toEqual([['error', 'The video lasts 2 s: Instagram wants at least 3 s.', 'La vidéo dure 2\u00a0s\u00a0: Instagram en veut au moins 3\u00a0s.']]);
    const document: DesignFacts = { kind: 'carousel', pictures: 301, altTexts: [] };
    expect(said(checkPost(post([{ network: 'linkedin', formatId: 'linkedin-document' }]), context(document)))).toEqual([
      ['error', '301 pages: LinkedIn takes at most 300 in one document.', '301 pages\u00a0: LinkedIn en prend au plus 300 par document.'],
    ]);
  });

  it('lists the first failing rule of each network for the ready gate', () => {
    // On X: 141 x 2 + a blank line 2 + six hashtags of 3 and 5 spaces 23 = 307.
    const checks = checkPost(post([{ network: 'instagram' }, { network: 'x' }, { network: 'threads' }], { caption: `${'日'.repeat(141)}`, hashtags: SIX_TAGS }), context());
    expect(firstErrors(checks).map((check) => check.network)).toEqual(['instagram', 'x']);
    const message = notReadyMessage(checks)!;
    expect(formatMessage(message, 'en')).toBe(
      'This post cannot be marked ready yet. Instagram: 6 hashtags: the limit is 5. X: The caption counts 307 characters as X counts them (a link is 23, an emoji or a CJK character 2): the limit is 280.',
    );
    expect(formatMessage(message, 'fr')).toBe(
      'Cette publication ne peut pas encore être prête. Instagram\u00a0: 6 hashtags\u00a0: la limite est de 5. X\u00a0: La légende compte 307 caractères au compte de X (un lien en vaut 23, un emoji ou un caractère chinois, japonais ou coréen 2)\u00a0: la limite est de 280.',
    );
    expect(notReadyMessage(checkPost(post([{ network: 'x' }]), context()))).toBeNull();
  });

  it('reads a design’s facts: its slides and their alt texts, a video’s length less its transitions', () => {
    const carousel = createDesign({ name: 'Tips', kind: 'carousel', format: { preset: 'instagram-carousel', width: 1080, height: 1350 } });
    carousel.pages = [{ ...carousel.pages[0], altText: ' Snow ' }, createPage(), { ...createPage(), altText: 'Boots' }];
    expect(designFacts(carousel)).toEqual({ kind: 'carousel', pictures: 3, altTexts: ['Snow', '', 'Boots'] });
    const reel = createDesign({ name: 'Reel', kind: 'video', format: { preset: 'instagram-reel', width: 1080, height: 1920 } });
    // 4 s + 6 s overlapping by a 1 s fade: 9 s.
    reel.pages = [{ ...reel.pages[0], durationMs: 4000, transitionOut: { kind: 'fade', durationMs: 1000 } }, { ...createPage(), durationMs: 6000 }];
    expect(designFacts(reel)).toEqual({ kind: 'video', pictures: 0, altTexts: [], durationMs: 9000 });
  });
});

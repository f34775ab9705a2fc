/**
 * The texts of a bundle (docs/architecture.md, Posts): per network `caption.txt` (the text as
 * posted: `postedText`), `alt.txt` (one line per picture, `01.jpg: text`), `first-comment.txt`
 * (only when there is one); at the root `post.json` (the posts as bundled, with every file's size
 * and sha256) and `README.txt` in the user's language. UTF-8, `\n` line ends, nothing that
 * depends on when or where the bundle was made.
 */
import { createHash } from 'node:crypto';
import type { Network } from '../../../core/formats/constants';
import { NETWORK_LABELS } from '../../../core/formats/catalog';
import type { UI_LANGUAGES } from '../../../core/api/templateArgs';

type UiLanguage = (typeof UI_LANGUAGES)[number];
import { plannedInstant } from '../../../core/posts/time';
import type { ResolvedTarget } from '../../../core/posts/resolve';
import type { Post } from '../../../core/schema/posts';
import type { MediaFile } from './bundleMedia';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** One line per file: `01.jpg: text` (line breaks inside an alt text become spaces). */
export function altTextLines(files: readonly { name: string; altText: string }[]): string {
  return files.map((file) => `${file.name}: ${file.altText.replace(/\s*[\r\n]+\s*/g, ' ').trim()}`.trimEnd()).join('\n') + '\n';
}

/** The alt text of each picture: the target's own, else the page's. */
export function altTextsOf(resolved: Pick<ResolvedTarget, 'altTexts'>, files: readonly MediaFile[]): string[] {
  return files.map((file, i) => (resolved.altTexts[i]?.trim() ? resolved.altTexts[i].trim() : file.altText));
}

export interface BundledFile {
  path: string;
  bytes: number;
  sha256: string;
}

export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface BundledTarget {
  network: Network;
  folder: string;
  formatId: string;
  resolved: ResolvedTarget;
  text: string;
  media: { file: string; kind: MediaFile['kind']; width: number; height: number; altText: string }[];
}

export interface BundledPost {
  post: Post;
  folder: string;
  pillar: string;
  targets: BundledTarget[];
}

function timeOf(at: ResolvedTarget['at']) {
  if (!at) return null;
  return { local: at.local, zone: at.zone, utc: new Date(plannedInstant(at)).toISOString().replace('.000Z', 'Z') };
}

/** post.json: the posts as bundled and every other file of the bundle with its size and sha256. */
export function postJson(posts: readonly BundledPost[], files: readonly BundledFile[]): Uint8Array {
  const doc = {
    bundle: 'affiche-posts',
    version: 1,
    posts: posts.map(({ post, folder, pillar, targets }) => ({
      id: post.id,
      title: post.title,
      status: post.status,
      pillar,
      folder,
      at: timeOf(post.at),
      sequence: post.sequence,
      updatedAt: post.updatedAt,
      targets: targets.map(({ network, folder: targetFolder, formatId, resolved, text, media }) => ({
        network,
        folder: targetFolder,
        formatId,
        designId: resolved.designId ?? null,
        at: timeOf(resolved.at),
        text,
        caption: resolved.caption,
        hashtags: resolved.hashtags,
        title: resolved.title,
        firstComment: resolved.firstComment,
        link: resolved.link,
        media,
      })),
    })),
    files: files.map(({ path, bytes, sha256: hash }) => ({ path, bytes, sha256: hash })),
  };
  return utf8(JSON.stringify(doc, null, 2) + '\n');
}

const README: Record<UiLanguage, (networks: string, several: boolean, csv: string[]) => string> = {
  en: (networks, several, csv) =>
    [
      'Ready-to-post bundle made by Affiche',
      '',
      several ? 'One folder per post (<day>-<title>), and in it one folder per network:' : 'One folder per network:',
      `  ${networks}`,
      '',
      'In each network folder:',
      '  01.jpg, 02.jpg...      the pictures, in order, at the network format\'s size (01.mp4: the video, 01.pdf: a document)',
      '  caption.txt            the text to paste as the caption (hashtags included)',
      '  alt.txt                the alt text of each picture, one line each ("01.jpg: text")',
      '  first-comment.txt      the first comment, when the post has one',
      '',
      'At the root:',
      '  post.json              the posts as bundled: networks, planned times (local and UTC), texts, files with their sha256',
      ...(csv.length > 0 ? [`  ${csv.join(', ')}`, '                         bulk-import files for schedulers; media URLs point under the media base URL, once the folder is uploaded there'] : []),
      '',
    ].join('\n'),
  fr: (networks, several, csv) =>
    [
      'Lot prêt à publier, fait avec Affiche',
      '',
      several ? 'Un dossier par publication (<jour>-<titre>), et dedans un dossier par réseau :' : 'Un dossier par réseau :',
      `  ${networks}`,
      '',
      'Dans chaque dossier de réseau :',
      '  01.jpg, 02.jpg...      les images, dans l’ordre, à la taille du format du réseau (01.mp4 : la vidéo, 01.pdf : un document)',
      '  caption.txt            le texte à coller en légende (hashtags compris)',
      '  alt.txt                le texte alternatif de chaque image, une ligne chacune (« 01.jpg: texte »)',
      '  first-comment.txt      le premier commentaire, quand la publication en a un',
      '',
      'À la racine :',
      '  post.json              les publications telles que réunies : réseaux, heures prévues (locales et UTC), textes, fichiers avec leur sha256',
      ...(csv.length > 0 ? [`  ${csv.join(', ')}`, '                         fichiers d’import en masse des outils de planification ; les adresses des médias partent de l’URL de base des médias, une fois le dossier mis en ligne'] : []),
      '',
    ].join('\n').replace(/ :/g, '\u00a0:').replace(/ ;/g, '\u202f;').replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»'),
};

export function readme(language: UiLanguage, networks: readonly Network[], several: boolean, csvFiles: readonly string[]): Uint8Array {
  const names = networks.map((network) => `${network}/ (${NETWORK_LABELS[network]})`).join(', ');
  return utf8(README[language](names, several, [...csvFiles]));
}

export { utf8 };

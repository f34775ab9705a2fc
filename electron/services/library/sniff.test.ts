import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../core/messages';
import { notRecognised } from './imageImport';
import { sniff } from './sniff';
import { isoMedia, pngDeclaring } from './testing/craft';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('sniff', () => {
  it.each([
    ['PNG', pngDeclaring(10, 10), 'image/png'],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'), 'image/jpeg'],
    ['GIF', bytes('GIF89a', [1, 0, 1, 0]), 'image/gif'],
    ['WebP', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['AVIF', isoMedia('avif'), 'image/avif'],
  ])('recognises %s from its magic bytes', (_name, data, mime) => {
    expect(sniff(data)).toEqual({ kind: 'image', mime });
  });

  it.each([
    ['PDF', bytes('%PDF-1.7\n'), 'pdf', 'a PDF document'],
    ['ZIP', bytes('PK', [3, 4, 20, 0]), 'zip', 'a ZIP archive'],
    ['HEIC', isoMedia('heic'), 'heic', 'a HEIC photo; convert it to JPEG first'],
    ['UTF-8 text', Buffer.from('Liste de courses :\n- lait\n- café\n', 'utf8'), 'text', 'plain text'],
    ['Latin-1 text', bytes('Liste de courses :\r\n- lait\r\n- café\r\n'), 'text', 'plain text'],
    ['empty', Buffer.alloc(0), 'empty', 'an empty file'],
  ] as const)('names %s', (_name, data, looksLike, english) => {
    expect(sniff(data)).toEqual({ kind: 'other', looksLike });
    expect(formatMessage(notRecognised(looksLike))).toBe(`it looks like ${english}`);
  });

  it('says unknown for random binary', () => {
    expect(sniff(bytes([0x00, 0x13, 0x37, 0xfe, 0x80, 0x00, 0x01]))).toEqual({ kind: 'other', looksLike: null });
  });

  it('never trusts a text file that merely starts like an image signature fragment', () => {
    expect(sniff(bytes('\x89PNG but not really')).kind).toBe('other');
  });
});

import { describe, expect, it } from 'vitest';
import { IMAGE_EXTENSIONS, IMAGE_FILE_TYPES, IMAGE_MIME_TYPES, imageFileTypeNamed } from './imageTypes';

describe('image file types', () => {
  it('names each type once, as its MIME type does, and gives its extension apart', () => {
    expect([...IMAGE_FILE_TYPES]).toEqual(['png', 'jpeg', 'webp']);
    for (const type of IMAGE_FILE_TYPES) expect(IMAGE_MIME_TYPES[type]).toBe(`image/${type}`);
    expect(IMAGE_EXTENSIONS.jpeg).toBe('jpg');
  });

  it('takes what a person types: the name or the extension, any case, with or without a dot', () => {
    expect(['jpg', 'jpeg', 'JPG', '.jpeg', ' Jpeg '].map(imageFileTypeNamed)).toEqual(['jpeg', 'jpeg', 'jpeg', 'jpeg', 'jpeg']);
    expect(['png', 'PNG', 'webp'].map(imageFileTypeNamed)).toEqual(['png', 'png', 'webp']);
    expect(['gif', 'tiff', '', 'jpe'].map(imageFileTypeNamed)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

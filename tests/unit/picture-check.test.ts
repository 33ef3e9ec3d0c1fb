import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkImage, isInside } from '../../src/lib/content/picture-check.ts';

const root = mkdtempSync(join(tmpdir(), 'bantin-images-'));
const dir = join(root, 'articles');
mkdirSync(dir);
const picture = () => sharp({ create: { width: 64, height: 48, channels: 3, background: '#9d1c4d' } });
const formats = {
  jpg: await picture().jpeg().toBuffer(),
  png: await picture().png().toBuffer(),
  webp: await picture().webp().toBuffer(),
  gif: await picture().gif().toBuffer(),
  avif: await picture().avif().toBuffer(),
  tif: await picture().tiff().toBuffer(),
};

describe('checkImage', () => {
  it('accepts every format the image pipeline reads, made by the pipeline itself', () => {
    for (const [ext, bytes] of Object.entries(formats)) {
      writeFileSync(join(dir, `a.${ext}`), bytes);
      expect(checkImage(root, dir, `./a.${ext}`), ext).toMatchObject({ ok: true });
    }
  });

  it('finds each format cut short, as an interrupted upload leaves it', () => {
    for (const [ext, bytes] of Object.entries(formats)) {
      if (ext === 'avif' || ext === 'tif') continue; // read by size fields only
      writeFileSync(join(dir, `cut.${ext}`), bytes.subarray(0, Math.floor(bytes.length * 0.6)));
      expect(checkImage(root, dir, `./cut.${ext}`), ext).toEqual({ ok: false, reason: 'corrupt' });
    }
  });

  it('accepts a picture with a wrong extension, since the pipeline reads the bytes', () => {
    writeFileSync(join(dir, 'png-named.jpg'), formats.png);
    expect(checkImage(root, dir, './png-named.jpg')).toEqual({ ok: true, format: 'png' });
  });

  it('refuses paths that leave the content folder, and links', () => {
    writeFileSync(join(root, '..', 'outside.jpg'), formats.jpg);
    expect(checkImage(root, dir, '../../outside.jpg')).toEqual({ ok: false, reason: 'outside' });
    symlinkSync(join(root, '..', 'outside.jpg'), join(dir, 'link.jpg'));
    expect(checkImage(root, dir, './link.jpg')).toEqual({ ok: false, reason: 'link' });
    mkdirSync(join(root, '..', 'outside-folder'), { recursive: true });
    writeFileSync(join(root, '..', 'outside-folder', 'x.jpg'), formats.jpg);
    symlinkSync(join(root, '..', 'outside-folder'), join(dir, 'linked-folder'));
    expect(checkImage(root, dir, './linked-folder/x.jpg')).toEqual({ ok: false, reason: 'link' });
  });

  it('names what the file really is', () => {
    writeFileSync(join(dir, 'empty.jpg'), '');
    writeFileSync(join(dir, 'text.jpg'), 'không phải ảnh');
    writeFileSync(join(dir, 'doc.jpg'), '%PDF-1.7\n');
    writeFileSync(join(dir, 'icon.svg'), '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(checkImage(root, dir, './empty.jpg')).toEqual({ ok: false, reason: 'empty' });
    expect(checkImage(root, dir, './text.jpg')).toEqual({ ok: false, reason: 'not-image' });
    expect(checkImage(root, dir, './doc.jpg')).toEqual({ ok: false, reason: 'unsupported', format: 'pdf' });
    expect(checkImage(root, dir, './icon.svg')).toEqual({ ok: true, format: 'svg' });
    expect(checkImage(root, dir, './khong-co.jpg')).toEqual({ ok: false, reason: 'missing' });
  });

  it('knows inside from outside', () => {
    expect(isInside('/a/b', '/a/b/c.jpg')).toBe(true);
    expect(isInside('/a/b', '/a/bc/d.jpg')).toBe(false);
    expect(isInside('/a/b', '/a/b')).toBe(false);
  });
});

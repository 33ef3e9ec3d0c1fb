import { closeSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { imageMessages } from '../../i18n/messages.ts';

/**
 * Whether a picture an article points to can be published: inside the content folder, a real
 * file (not a symbolic link), and a format the image pipeline reads. Only the file's first bytes
 * are read, so `npm run check` stays fast on thousands of pictures.
 */
export type ImageVerdict =
  | { ok: true; format: string }
  | { ok: false; reason: 'outside' | 'missing' | 'link' | 'empty' | 'corrupt' }
  | { ok: false; reason: 'unsupported'; format: string }
  | { ok: false; reason: 'not-image' };

/** True when `path` lies inside `root` (both already resolved). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** Formats recognised by their first bytes; `read` says whether the site's image pipeline reads them. */
const SIGNATURES: { format: string; read: boolean; test: (b: Buffer) => boolean }[] = [
  { format: 'jpeg', read: true, test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { format: 'png', read: true, test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { format: 'gif', read: true, test: (b) => b.toString('latin1', 0, 4) === 'GIF8' },
  { format: 'webp', read: true, test: (b) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP' },
  { format: 'avif', read: true, test: (b) => b.toString('latin1', 4, 8) === 'ftyp' && /^avi[fs]$/.test(b.toString('latin1', 8, 12)) },
  { format: 'heic', read: false, test: (b) => b.toString('latin1', 4, 8) === 'ftyp' && /^(hei[cxms]|hev[cx]|mif1|msf1)$/.test(b.toString('latin1', 8, 12)) },
  { format: 'tiff', read: true, test: (b) => ['49492a00', '4d4d002a'].includes(b.toString('hex', 0, 4)) },
  { format: 'svg', read: true, test: (b) => /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(b.toString('utf8').replace(/^\uFEFF/, '')) },
  { format: 'bmp', read: false, test: (b) => b.toString('latin1', 0, 2) === 'BM' },
  { format: 'psd', read: false, test: (b) => b.toString('latin1', 0, 4) === '8BPS' },
  { format: 'pdf', read: false, test: (b) => b.toString('latin1', 0, 5) === '%PDF-' },
  { format: 'ico', read: false, test: (b) => b.toString('hex', 0, 4) === '00000100' },
];

const HEAD = 512;

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, read);
}

/** A JPEG must reach a frame header (SOFn) with a size before its data starts; phones put EXIF first. */
function jpegHasSize(fd: number, size: number): boolean {
  let position = 2;
  for (let segments = 0; position + 4 <= size && segments < 256; segments++) {
    const marker = readAt(fd, position, 4);
    if (marker.length < 4 || marker[0] !== 0xff) return false;
    const type = marker[1];
    if (type === 0xd8 || (type >= 0xd0 && type <= 0xd7) || type === 0x01 || type === 0xff) {
      position += type === 0xff ? 1 : 2;
      continue;
    }
    const length = marker.readUInt16BE(2);
    if (length < 2) return false;
    if (type >= 0xc0 && type <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(type)) {
      const frame = readAt(fd, position + 4, 5);
      return frame.length === 5 && frame.readUInt16BE(1) > 0 && frame.readUInt16BE(3) > 0;
    }
    if (type === 0xda || type === 0xd9) return false;
    position += 2 + length;
  }
  return false;
}

/** The format's end marker, so an upload cut short (the usual way a picture breaks) is caught without decoding it. */
function isComplete(format: string, head: Buffer, fd: number, size: number): boolean {
  const tail = readAt(fd, Math.max(0, size - 32), Math.min(32, size));
  switch (format) {
    case 'jpeg':
      // Some cameras pad after the end marker; it must still be there.
      return tail.includes(Buffer.from([0xff, 0xd9]));
    case 'png':
      return tail.includes(Buffer.from('IEND', 'latin1'));
    case 'gif':
      return tail.includes(0x3b);
    case 'webp':
      return head.readUInt32LE(4) + 8 <= size;
    default:
      return true;
  }
}

/** The header's own size fields, so a file cut short or overwritten at its start is caught. */
function hasSize(format: string, head: Buffer, fd: number, size: number): boolean {
  switch (format) {
    case 'jpeg':
      return jpegHasSize(fd, size);
    case 'png':
      return head.length >= 24 && head.toString('latin1', 12, 16) === 'IHDR' && head.readUInt32BE(16) > 0 && head.readUInt32BE(20) > 0;
    case 'gif':
      return head.length >= 10 && head.readUInt16LE(6) > 0 && head.readUInt16LE(8) > 0;
    case 'webp':
      return head.length >= 30 && ['VP8 ', 'VP8L', 'VP8X'].includes(head.toString('latin1', 12, 16));
    default:
      return true;
  }
}

/** Checks the picture at `target` (relative to `fromDir`) for publication under `root`. */
export function checkImage(root: string, fromDir: string, target: string): ImageVerdict {
  const path = resolve(fromDir, target);
  if (!isInside(root, path)) return { ok: false, reason: 'outside' };
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return { ok: false, reason: 'missing' };
  }
  if (stat.isSymbolicLink()) return { ok: false, reason: 'link' };
  if (!stat.isFile()) return { ok: false, reason: 'missing' };
  // A folder on the way may itself be a link that leads out of the content folder.
  if (!isInside(realpathSync(root), realpathSync(path))) return { ok: false, reason: 'link' };
  if (stat.size === 0) return { ok: false, reason: 'empty' };
  const fd = openSync(path, 'r');
  try {
    const head = readAt(fd, 0, HEAD);
    const signature = SIGNATURES.find((s) => s.test(head));
    if (!signature) return { ok: false, reason: 'not-image' };
    if (!signature.read) return { ok: false, reason: 'unsupported', format: signature.format };
    const whole = hasSize(signature.format, head, fd, stat.size) && isComplete(signature.format, head, fd, stat.size);
    return whole ? { ok: true, format: signature.format } : { ok: false, reason: 'corrupt' };
  } finally {
    closeSync(fd);
  }
}

/** What to tell the editor about a picture that failed; `missing` is the caller's own wording for a missing file. */
export function imageProblem(verdict: Exclude<ImageVerdict, { ok: true }>, target: string, missing: string): string {
  switch (verdict.reason) {
    case 'missing':
      return missing;
    case 'unsupported':
      return imageMessages.unsupported(target, verdict.format);
    case 'not-image':
      return imageMessages.notImage(target);
    default:
      return imageMessages[verdict.reason](target);
  }
}

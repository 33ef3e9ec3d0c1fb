/**
 * Cover images, made once per build and kept in Astro's cache (CACHE_DIR, node_modules/.astro
 * by default) so later builds reuse them. WebP only: every browser readers use shows it, and it
 * encodes about ten times faster than AVIF, which matters for a 10,000-article archive on a
 * two-core CI runner. Cards and articles ask for the same widths, so each cover is encoded at
 * three sizes plus one search thumbnail, whatever pages show it.
 */
export const COVER_FORMAT = 'webp';
export const COVER_QUALITY = 75;
/** Article pages: full width on phones (360–720 px at 1–2× density), 720 px on desktop. */
export const COVER_WIDTHS = [360, 720, 1080] as const;
/** Cards: a subset of the article widths, so no extra files. */
export const CARD_WIDTHS = [360, 720] as const;
/** The search result thumbnail (96 × 72 CSS px at 2×, cropped by CSS). */
export const THUMBNAIL_WIDTH = 192;

/**
 * An image's pixel size without marking the original file as used: reading any property of
 * Astro's image object makes the build copy the original into dist/ (a full-size copy of every
 * cover); its `clone` is a plain copy that marks nothing.
 */
export function originalSize(image: { width: number; height: number }): { width: number; height: number } {
  const { width, height } = (image as typeof image & { clone?: typeof image }).clone ?? image;
  return { width, height };
}

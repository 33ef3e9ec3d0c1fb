import { createHash } from 'node:crypto';

/** The CSP source for each inline <style> in some HTML; <script> contents (JSON-LD) are data, not styles. */
export function styleHashes(html: string): string[] {
  const outsideScripts = html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
  return [...outsideScripts.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, css]) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
}

/**
 * The Content-Security-Policy of every page. Scripts only from this site's own files, no inline
 * code and no eval; styles from the site's stylesheets and the page's inline styles, by hash.
 * Pictures in articles may come from other sites over HTTPS; video and audio too, after the
 * reader presses play. The YouTube player is the only frame. Pagefind, on the search page only,
 * compiles WebAssembly ('wasm-unsafe-eval' allows that and no JavaScript eval).
 */
export function contentSecurityPolicy(styles: string[], webAssembly: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self'${webAssembly ? " 'wasm-unsafe-eval'" : ''}`,
    ["style-src 'self'", ...new Set(styles)].join(' '),
    "img-src 'self' https: data:",
    "media-src 'self' https:",
    'frame-src https://www.youtube-nocookie.com',
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

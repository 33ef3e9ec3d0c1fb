/**
 * The editor page's script, in the browser: reads the configuration the build wrote beside the
 * page (config.json, named by the `data-config` attribute of #nc-root), makes Vietnamese the
 * editor's language unless the editor chose another one, then loads Sveltia CMS from the site's
 * own files and starts it. Sveltia is imported on demand so the page's first script stays small.
 */
import type { CmsConfig } from '@sveltia/cms';

/** What src/pages/quan-tri/config.json.ts writes. */
export interface EditorPageData {
  /** Undefined when the build had no repository to write to (CMS_REPO unset). */
  config?: CmsConfig;
  /** The site's stylesheet, for the preview pane. */
  previewStyle?: string;
}

/** Sveltia's saved preferences; `locale` is the interface language. */
const PREFERENCES = 'sveltia-cms.prefs';
const LANGUAGE = 'vi';

/** Vietnamese unless the editor picked a language in Sveltia's settings (kept in its preferences). */
function preferVietnamese() {
  try {
    const saved = JSON.parse(localStorage.getItem(PREFERENCES) || '{}') ?? {};
    if (!saved.locale) localStorage.setItem(PREFERENCES, JSON.stringify({ ...saved, locale: LANGUAGE }));
  } catch {
    // Storage refused (private mode): Sveltia then follows the browser's language.
  }
}

/** An @font-face rule that fetches its font from another site. */
const REMOTE_FONT_FACE = /@font-face\s*\{[^}]*url\(\s*['"]?https?:[^}]*\}/g;

/**
 * Sveltia declares its fonts twice: from the site's own files (the build copies them) and, in a
 * <style> element its interface adds to the head, from a CDN. The CDN declarations are taken out
 * of such an element before it is inserted (Sveltia measures the page right after, which would
 * already ask for the fonts), so no font is asked of another site: the page's policy would refuse
 * it and report an error. A style added any other way is cleaned as soon as it appears.
 */
function keepFontsLocal() {
  const clean = (node: Node) => {
    const css = node instanceof HTMLStyleElement ? (node.textContent ?? '') : '';
    if (css.includes('@font-face')) node.textContent = css.replace(REMOTE_FONT_FACE, '');
  };
  const head = document.head;
  const appendChild = head.appendChild.bind(head);
  head.appendChild = <T extends Node>(node: T): T => {
    clean(node);
    return appendChild(node);
  };
  head.querySelectorAll('style').forEach(clean);
  new MutationObserver((changes) => changes.forEach((change) => change.addedNodes.forEach(clean))).observe(head, { childList: true });
}

function show(id: string) {
  for (const notice of document.querySelectorAll<HTMLElement>('.cms-notice')) notice.hidden = notice.id !== id;
}

async function start() {
  try {
    const address = document.getElementById('nc-root')?.dataset.config ?? 'config.json';
    const response = await fetch(address, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${address}: ${response.status}`);
    const data = (await response.json()) as EditorPageData;
    if (!data.config) {
      show('cms-not-configured');
      return;
    }
    preferVietnamese();
    keepFontsLocal();
    const { default: CMS } = await import('@sveltia/cms');
    if (data.previewStyle) CMS.registerPreviewStyle(data.previewStyle);
    await CMS.init({ config: data.config });
    show('');
  } catch (error) {
    show('cms-load-failed');
    throw error;
  }
}

void start();

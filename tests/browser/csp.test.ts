import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { builtSite, SUB_PATH, type BuildResult } from '../helpers/build.ts';
import { launchBrowser, serveStatic, type StaticServer } from '../helpers/browser.ts';
import { attr, parseHtml, type Element } from '../helpers/html.ts';

/**
 * The Content-Security-Policy in a real browser (Debian Chromium through playwright-core), over
 * the fixture site built under a sub-path: every page loads without a single violation, and
 * script slipped into a page does not run.
 */
const BASE = SUB_PATH.BASE_PATH;
/** A 1×1 transparent PNG, answered for pictures from other sites so the tests stay offline. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

let site: BuildResult;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

declare global {
  interface Window {
    __violations: string[];
    __pwned?: number;
  }
}

beforeAll(async () => {
  site = builtSite('site');
  if (site.status !== 0) throw new Error(`build failed:\n${site.output}`);
  server = await serveStatic(site.outDir, BASE);
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'vi-VN' });
  // Offline: other sites get an empty answer (a pixel for pictures); the policy decides before any request.
  await context.route('**/*', (route) => {
    const request = route.request();
    if (new URL(request.url()).hostname === '127.0.0.1') return route.continue();
    return request.resourceType() === 'image'
      ? route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL })
      : route.fulfill({ status: 200, contentType: 'text/html', body: '' });
  });
  // Before any of the page's own code: every violation the browser reports, in any frame.
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const url = (path = '') => `${server.url}${BASE}${path}`;

/** The address of a built HTML file ("x/index.html" → "x/", "404.html" stays). */
const pathOf = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

interface Visit {
  page: Page;
  problems: () => Promise<string[]>;
}

/** Opens a page and records what goes wrong on it: policy violations, console errors, uncaught exceptions. */
async function visit(path: string): Promise<Visit> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => void (message.type() === 'error' && errors.push(`console: ${message.text()}`)));
  page.on('pageerror', (error) => void errors.push(`exception: ${error.message}`));
  await page.goto(url(path));
  await page.waitForLoadState('networkidle');
  return {
    page,
    problems: async () => [...(await page.evaluate(() => window.__violations)).map((v) => `violation: ${v}`), ...errors],
  };
}

const htmlFiles = () =>
  site
    .files()
    .filter((file) => file.endsWith('.html'))
    .sort();
/** Pages made with the site's layout (src/layouts/Base.astro), which carries the policy: they open with its skip link. */
const layoutPages = () => htmlFiles().filter((file) => /<body>\s*<a class="skip-link"/.test(site.read(file)));
const policyOf = (html: string) => {
  const meta = parseHtml(html)
    .select('meta')
    .find((m) => attr(m, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  return meta && attr(meta, 'content');
};

describe('the policy in every page', () => {
  it('is on every page of the layout, the 404 and search pages included, right after the charset', () => {
    const pages = layoutPages();
    for (const page of [
      'index.html',
      '404.html',
      'tim-kiem/index.html',
      'bai-viet/hoi-nghi-phu-nu/index.html',
      'chuyen-muc/cac-de-an/index.html',
      'the/index.html',
      'luu-tru/index.html',
      'gioi-thieu/index.html',
    ]) {
      expect(pages, page).toContain(page);
    }
    for (const file of pages) {
      const head = parseHtml(site.read(file)).first('head')!;
      const [charset, policy] = head.childNodes.filter((node): node is Element => 'tagName' in node);
      expect(attr(charset, 'charset'), file).toBe('utf-8');
      // A policy in a meta element covers only what follows it: nothing may come before.
      expect(attr(policy, 'http-equiv'), file).toBe('Content-Security-Policy');
    }
  });

  it('allows scripts from the site only, styles by hash, no plugins, no other base or form target', () => {
    const policy = policyOf(site.read('bai-viet/phong-su-video/index.html'))!;
    const directives = Object.fromEntries(policy.split(/\s*;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['style-src'][0]).toBe("'self'");
    expect(directives['style-src'].slice(1).every((source: string) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(source))).toBe(true);
    expect(directives['img-src']).toEqual(["'self'", 'https:', 'data:']);
    expect(directives['frame-src']).toEqual(['https://www.youtube-nocookie.com']);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'self'"]);
    expect(directives['form-action']).toEqual(["'self'"]);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain("'unsafe-eval'");
    // Only the search page compiles WebAssembly (Pagefind).
    expect(policyOf(site.read('tim-kiem/index.html'))).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });

  it('leaves no inline script and no style attribute in any page of the layout', () => {
    for (const file of layoutPages()) {
      const page = parseHtml(site.read(file));
      for (const script of page.select('script')) {
        if (attr(script, 'type') === 'application/ld+json') continue; // data, not code
        expect(attr(script, 'src'), `${file}: inline <script>`).toBeTruthy();
      }
      expect(
        page.all.filter((el) => attr(el, 'style') !== undefined).map((el) => el.tagName),
        file,
      ).toEqual([]);
    }
  });
});

describe('every page in a browser', () => {
  it('loads every HTML page of the site with no policy violation, console error or exception', { timeout: 180_000 }, async () => {
    const files = htmlFiles();
    expect(files.length).toBeGreaterThan(40);
    const problems: Record<string, string[]> = {};
    // A few tabs at a time: each waits for the network to be quiet, so most of a visit is waiting.
    const queue = [...files];
    const tab = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        const { page, problems: found } = await visit(pathOf(file));
        const list = await found();
        if (list.length) problems[file] = list;
        await page.close();
      }
    };
    await Promise.all(Array.from({ length: 4 }, tab));
    expect(problems).toEqual({});
  });

  it('searches with Pagefind under the policy', async () => {
    const { page, problems } = await visit('tim-kiem/?q=tap+huan');
    await page.waitForSelector('#search-results-section[aria-busy="false"]', { state: 'attached' });
    await expect(page.locator('.hit').count()).resolves.toBeGreaterThan(0);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('plays the YouTube video in its frame after the click, under the policy', async () => {
    const { page, problems } = await visit('bai-viet/phong-su-video/');
    await page.locator('.video__facade').click();
    await expect(page.locator('.video iframe').getAttribute('src')).resolves.toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\//);
    await page.waitForLoadState('networkidle');
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('keeps the theme colours (an inline style allowed by its hash)', async () => {
    const { page } = await visit('');
    const brand = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--brand').trim());
    expect(brand).toMatch(/^#[0-9a-f]{6}$/i);
    await page.close();
  });

  it('hides the search filters when JavaScript is off (a hashed style in <noscript>)', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(url('tim-kiem/'));
    await expect(page.locator('.search-form__filters').isVisible()).resolves.toBe(false);
    await noJs.close();
  });
});

describe('markup slipped into a page', () => {
  /** A built page with hostile markup added right after the policy, served at its own address. */
  async function tampered(path: string, markup: string): Promise<Visit> {
    const html = site.read(`${path}index.html`);
    const at = html.indexOf('>', html.indexOf('http-equiv="Content-Security-Policy"')) + 1;
    expect(at).toBeGreaterThan(0);
    const target = `${url(path)}?tampered`;
    await context.route(
      (address) => address.href === target,
      (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html.slice(0, at) + markup + html.slice(at) }),
    );
    return visit(`${path}?tampered`);
  }

  it('does not run an inline script, an event handler, a javascript: URL or a script from another site', async () => {
    const { page, problems } = await tampered(
      'bai-viet/hoi-nghi-phu-nu/',
      [
        '<script>window.__pwned = 1</script>',
        '<script src="https://evil.example/x.js"></script>',
        '<img src="/khong-co.png" onerror="window.__pwned = 2">',
        '<style>body { display: none }</style>',
      ].join(''),
    );
    await page.evaluate(() => document.querySelector<HTMLAnchorElement>('a[href]')!.setAttribute('href', 'javascript:window.__pwned=3'));
    await page
      .locator('a[href^="javascript:"]')
      .first()
      .click({ force: true })
      .catch(() => {});
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    // An inline style that is not the page's own is refused too.
    await expect(page.evaluate(() => getComputedStyle(document.body).display)).resolves.not.toBe('none');
    const found = (await problems()).filter((problem) => problem.startsWith('violation:'));
    for (const directive of [
      'script-src-elem blocked inline',
      'script-src-elem blocked https://evil.example/x.js',
      'script-src-attr blocked inline',
      'style-src-elem blocked inline',
    ]) {
      expect(
        found.some((problem) => problem.includes(directive)),
        `${directive} in ${found.join('\n')}`,
      ).toBe(true);
    }
    await page.close();
  });

  it('does not let an injected <base> move the site’s own scripts elsewhere', async () => {
    const { page, problems } = await tampered('bai-viet/phong-su-video/', '<base href="https://evil.example/">');
    await expect(page.evaluate(() => document.baseURI)).resolves.toMatch(/^http:\/\/127\.0\.0\.1/);
    expect((await problems()).some((problem) => problem.includes('base-uri'))).toBe(true);
    await page.close();
  });
});

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ROOT, builtSite, type BuildResult } from '../helpers/build.ts';
import { attr, parseHtml } from '../helpers/html.ts';
import { launchBrowser, serveStatic, type StaticServer } from '../helpers/static-server.ts';

const EMAIL = 'ban-tin/2024/so-2/email.html';
const BUDGET = 100 * 1024;

describe('the email edition of an issue', () => {
  let site: BuildResult;
  let html: string;
  beforeAll(() => {
    site = builtSite('site');
    if (site.status !== 0) throw new Error(`build failed:\n${site.output}`);
    html = site.read(EMAIL);
  });

  it('has no script, no style block, and stays under 100 KB', () => {
    expect(html).not.toMatch(/<script|<style|\son[a-z]+=/i);
    expect(Buffer.byteLength(html)).toBeLessThan(BUDGET);
  });

  it('links everything absolutely: the web page, the PDF, each article, the video', () => {
    const doc = parseHtml(html);
    const links = doc.select('a').map((a) => attr(a, 'href')!);
    expect(links.length).toBeGreaterThan(6);
    for (const link of links) expect(link).toMatch(/^https:\/\//);
    expect(links).toContain('https://hoi.example.vn/bantin/ban-tin/2024/so-2/');
    expect(links).toContain('https://hoi.example.vn/bantin/ban-tin/2024/so-2/ban-tin-so-2-2024.pdf');
    for (const slug of ['hoi-nghi-phu-nu', 'ngay-8-3', 'chu-to-hop', 'phong-su-video'])
      expect(links).toContain(`https://hoi.example.vn/bantin/bai-viet/${slug}/`);
    expect(links).toContain('https://www.youtube.com/watch?v=aBcDeFgHiJk');
    for (const img of doc.select('img')) {
      expect(attr(img, 'src')).toMatch(/^https:\/\//);
      expect(Number(attr(img, 'width'))).toBeGreaterThan(0);
      expect(attr(img, 'alt')).toBeDefined();
    }
    const text = html.replace(/<[^>]+>/g, ' ');
    expect(text).toContain('Xem trên web');
    expect(text).toContain('Tải bản PDF');
    expect(html).toMatch(/<a [^>]*href="https:\/\/hoi\.example\.vn\/bantin\/ban-tin\/2024\/so-2\/"[^>]*style="[^"]+"/);
  });

  describe('in Chromium', () => {
    let browser: Browser;
    let server: StaticServer;
    beforeAll(async () => {
      server = await serveStatic(site.outDir, '/bantin/');
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('renders at a mail program’s width, with the title, contents and no sideways scrolling', async () => {
      const page = await browser.newPage({ viewport: { width: 600, height: 900 } });
      // The email shows nothing from the network but its own site's pictures; none are in this issue.
      const outside: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(server.url)) outside.push(request.url());
      });
      await page.goto(`${server.url}/bantin/${EMAIL}`);
      expect(await page.locator('h1').innerText()).toBe('Bản tin Hội LHPN số 2/2024');
      expect(await page.getByRole('link', { name: 'Ngày 8/3: Hội thi & giao lưu' }).count()).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      mkdirSync(join(ROOT, 'test-results/screenshots'), { recursive: true });
      await page.screenshot({ path: join(ROOT, 'test-results/screenshots/issue-email.png'), fullPage: true });
      expect(outside).toEqual([]);
      await page.close();
    });
  });
});

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, builtSite, type BuildResult } from '../helpers/build.ts';
import { PDF_CACHE, REQUEST_LOG, printIssues } from '../../src/integrations/issue-pdf.ts';

/**
 * The print-ready PDF of the fixture issue, read with tools that are not the ones the build used:
 * poppler (pdfinfo, pdftotext, pdffonts, pdftoppm) and qpdf.
 */
const PDF = 'ban-tin/2024/so-2/ban-tin-so-2-2024.pdf';
const TITLES = ['Hội nghị phụ nữ phường An Bình', 'Ngày 8/3: Hội thi & giao lưu', 'Điện Biên: Hội viên phụ nữ học nghề', 'Phóng sự video về mô hình sinh kế'];
const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });

interface Outline {
  title: string;
  destpageposfrom1: number;
  kids: Outline[];
}
const flatten = (items: Outline[]): Outline[] => items.flatMap((item) => [item, ...flatten(item.kids)]);

describe('the print-ready PDF of an issue', () => {
  let site: BuildResult;
  let file: string;
  let pages: number;
  const text = (first: number, last = first, layout = false) =>
    run('pdftotext', [...(layout ? ['-layout'] : []), '-f', String(first), '-l', String(last), file, '-']);
  beforeAll(() => {
    site = builtSite('site');
    if (site.status !== 0) throw new Error(`build failed:\n${site.output}`);
    file = join(site.outDir, PDF);
    pages = Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]))![1]);
  });

  it('is A4, tagged, with the issue’s title and the association as author', () => {
    const info = run('pdfinfo', [file]);
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Bản tin Hội LHPN số 2\/2024$/m);
    expect(pages).toBeGreaterThanOrEqual(4);
    const printPage = site.read('ban-tin/2024/so-2/in/index.html');
    expect(printPage).toContain('<html lang="vi">');
    expect(printPage).toContain('<meta name="author" content="Hội Liên hiệp Phụ nữ">');
  });

  it('opens with the masthead: BẢN TIN, the bulletin, the association, number and date', () => {
    const first = text(1).normalize('NFC');
    for (const line of [
      'BẢN TIN',
      'Bản tin Hội Liên hiệp Phụ nữ',
      'Hội Liên hiệp Phụ nữ',
      'Số 2/2024',
      'Quý II/2024',
      'Phát hành ngày 15/06/2024',
      'Trang 1/',
    ]) {
      expect(first).toContain(line);
    }
  });

  it('ends with the colophon on the last page', () => {
    const last = text(pages);
    for (const line of [
      'Thông tin xuất bản',
      'Chịu trách nhiệm xuất bản',
      'Nguyễn Thị Hồng Nhung',
      'Trần Thị Thu Hà',
      '15/GP-STTTT ngày 02/01/2024',
      'Công ty TNHH In ấn Phương Nam',
      '500 bản',
      `Trang ${pages}/${pages}`,
    ]) {
      expect(last).toContain(line);
    }
  });

  it('bookmarks every article, and the contents give the bookmarks’ pages', () => {
    const outline = flatten(JSON.parse(run('qpdf', ['--json', '--json-key=outlines', file])).outlines);
    const contents = text(2, 2, true);
    expect(contents).toContain('Mục lục');
    for (const title of TITLES) {
      const mark = outline.find((item) => item.title === title);
      expect(mark, title).toBeDefined();
      const line = contents.split('\n').find((l) => l.includes(title));
      expect(line, title).toMatch(/\s(\d+)\s*$/);
      expect(Number(/\s(\d+)\s*$/.exec(line!)![1]), title).toBe(mark!.destpageposfrom1);
      // The article really starts there.
      expect(text(mark!.destpageposfrom1), title).toContain(title);
    }
  });

  it('declares Vietnamese and carries a structure tree', () => {
    const qdf = run('qpdf', ['--qdf', '--object-streams=disable', file, '-']);
    expect(qdf.includes('/Lang (vi)')).toBe(true);
    expect(qdf.includes('/StructTreeRoot')).toBe(true);
  });

  it('gives back a Vietnamese paragraph exactly, in NFC', () => {
    const paragraph =
      'Kính gửi các chị em hội viên, số bản tin quý II năm 2024 điểm lại những hoạt động nổi bật của Hội: hội nghị ở phường An Bình, hội thi ngày Quốc tế Phụ nữ và những mô hình sinh kế giúp chị em vươn lên.';
    const extracted = text(1).replace(/\s*\n\s*/g, ' ');
    expect(extracted).toContain(paragraph);
    expect(extracted).toBe(extracted.normalize('NFC'));
  });

  it('embeds one font only, Be Vietnam Pro, from the one TTF file', () => {
    const fonts = run('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+BeVietnamPro-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('prints QR codes with the short address of each article and video', () => {
    const all = text(1, pages);
    expect(all).toContain('hoi.example.vn/bantin/bai-viet/ngay-8-3');
    expect(all).toContain('youtube.com/watch?v=aBcDeFgHiJk');
    const links = run('qpdf', ['--qdf', '--object-streams=disable', file, '-']);
    // Links in the articles lead to the site, never to the machine that printed them.
    expect(links.includes('/URI (https://hoi.example.vn/bantin/bai-viet/ngay-8-3/)')).toBe(true);
    expect(links.includes('127.0.0.1')).toBe(false);
  });

  it('asked nothing of any host but the local build server while printing', () => {
    const log = readFileSync(join(site.cacheDir, PDF_CACHE, REQUEST_LOG), 'utf8')
      .trim()
      .split('\n');
    expect(log.length).toBeGreaterThanOrEqual(3);
    for (const line of log) expect(line).toMatch(/^local http:\/\/127\.0\.0\.1:\d+\/bantin\//);
    expect(log.some((line) => line.endsWith('/ban-tin/be-vietnam-pro.ttf'))).toBe(true);
    expect(site.output).not.toContain('đã chặn');
  });

  it('renders page 1 and the contents page as pictures', () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, join(SCREENSHOTS, 'issue-pdf-page-1')]);
    run('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '2', '-singlefile', file, join(SCREENSHOTS, 'issue-pdf-contents')]);
    expect(readFileSync(join(SCREENSHOTS, 'issue-pdf-page-1.png')).length).toBeGreaterThan(5000);
  });
});

describe('printing the issues of a built site', () => {
  let work: string;
  let site: BuildResult;
  beforeAll(() => {
    site = builtSite('site');
    work = mkdtempSync(join(tmpdir(), 'bantin-print-'));
    cpSync(site.outDir, join(work, 'dist'), { recursive: true });
    mkdirSync(join(work, 'cache'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('prints an issue once, then copies it from the cache while nothing changed', async () => {
    const dist = join(work, 'dist');
    const first = await printIssues(dist, join(work, 'cache'), '/bantin/');
    expect(first).toMatchObject({ printed: 1, reused: 0, blocked: [] });
    const printed = readFileSync(join(dist, PDF));
    expect(printed.equals(readFileSync(join(site.outDir, PDF)))).toBe(true);
    rmSync(join(dist, PDF));
    const again = await printIssues(dist, join(work, 'cache'), '/bantin/');
    expect(again).toMatchObject({ printed: 0, reused: 1 });
    expect(readFileSync(join(dist, PDF)).equals(printed)).toBe(true);
    console.log(`issue PDF: ${printed.length} bytes; printed in ${first.seconds.toFixed(2)} s, from the cache in ${again.seconds.toFixed(2)} s`);
  });

  it('stops with a plain message naming the missing browser', async () => {
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/khong/co/chromium';
    try {
      await expect(printIssues(join(work, 'dist'), join(work, 'empty-cache'), '/bantin/')).rejects.toThrow(
        /không in được bản PDF của các số bản tin: không tìm thấy trình duyệt Chromium ở \/khong\/co\/chromium — .*BANTIN_ISSUE_PDF=0/,
      );
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
  });
});

/**
 * npm run new:issue -- [--month 3 | --quarter 1] [--year 2026] [--date 2026-03-31]
 * Creates content/issues/<year>-<nn>.md: the next number of the year, the period (this month by
 * default), the articles published in it for the editor to trim, draft: true. Never overwrites.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirectory, loadContent } from '../src/lib/content/load.ts';
import { fieldMessages } from '../src/i18n/messages.ts';
import { t } from '../src/i18n/vi.ts';
import { buildTime, parseContentDate, siteDateString } from '../src/lib/text/dates.ts';
import { displayPath } from '../src/lib/content/problems.ts';
import type { IssuePeriod } from '../src/lib/content/schema.ts';
import { issueTemplate, nextIssueNumber, periodArticles, periodOf } from '../src/lib/issues/scaffold.ts';

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}

const { values } = parseArgs({ options: { month: { type: 'string' }, quarter: { type: 'string' }, year: { type: 'string' }, date: { type: 'string' } } });
const dateText = values.date ?? siteDateString(buildTime());
const parsed = parseContentDate(dateText);
if (!parsed.ok) fail(`--date ${fieldMessages.notDate(dateText, parsed.reason, parsed.suggestion)}`);

const whole = (text: string | undefined, name: string, max: number) => {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > max) fail(`--${name} "${text}" phải là số nguyên từ 1 đến ${max}`);
  return n;
};
const month = whole(values.month, 'month', 12);
const quarter = whole(values.quarter, 'quarter', 4);
if (month && quarter) fail('chỉ chọn một: --month hoặc --quarter');
const fromDate = periodOf(parsed.date, quarter ? 'quarter' : 'month');
const year = whole(values.year, 'year', 2999) ?? fromDate.year;
const period: IssuePeriod = month ? { month } : quarter ? { quarter } : fromDate.period;

const dir = contentDirectory();
const report = loadContent(dir, buildTime());
const number = nextIssueNumber(
  report.issues.map((i) => i.data),
  year,
);
const file = join(dir, 'issues', `${year}-${String(number).padStart(2, '0')}.md`);
if (existsSync(file)) fail(`${displayPath(file)} đã có — không ghi đè`);

const groups = periodArticles(
  report.articles.map((a) => ({ slug: a.data.slug, title: a.data.title, category: a.data.category, date: a.data.date, draft: a.data.draft })),
  period,
  year,
  report.categories,
);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(
  file,
  issueTemplate({
    number,
    year,
    period,
    date: dateText,
    groups: groups.map((g) => ({ section: g.section, articles: g.articles.map((a) => ({ slug: a.slug, title: a.title })) })),
    words: {
      articlesHint: 'Các bài đăng trong kỳ, theo chuyên mục: xoá bài không đưa vào số này, sắp xếp lại nếu cần.',
      noArticles: 'chưa có bài nào đăng trong kỳ này — ghi địa chỉ (slug) các bài',
      foreword: 'Viết lời ngỏ của số bản tin ở đây.',
    },
  }),
  { flag: 'wx' },
);
const count = groups.reduce((n, g) => n + g.articles.length, 0);
console.log(`✔ Đã tạo ${displayPath(file)} (bản nháp, ${t.issueShort(number, year)}, ${t.issuePeriod(period, year)}, ${count} bài)`);
console.log('  Bỏ bớt bài, viết lời ngỏ, điền colophon nếu in, rồi đổi draft: true thành draft: false để phát hành.');

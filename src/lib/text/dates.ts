/** Dates in the content contract: read as Asia/Ho_Chi_Minh unless an offset is given, shown as dd/MM/yyyy. */

export const SITE_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** Viet Nam has kept UTC+7 without daylight saving since 1975. */
const SITE_OFFSET = '+07:00';

import { DATE_HINT } from '../../i18n/messages.ts';

export type DateResult = { ok: true; date: Date } | { ok: false; reason: 'invalid' | 'type'; suggestion?: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Reads a front-matter date. Accepts `YYYY-MM-DD` and ISO date-times; without an offset the
 * time is Asia/Ho_Chi_Minh. Day-first forms such as `09/04/2021` are refused (never read as
 * September 4th) with the ISO form they most likely mean as a suggestion.
 */
export function parseContentDate(value: unknown): DateResult {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { ok: false, reason: 'invalid' } : { ok: true, date: value };
  }
  if (typeof value !== 'string' && typeof value !== 'number') {
    return { ok: false, reason: 'type' };
  }
  const text = String(value).trim();
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [, y, mo, d, h = '00', mi = '00', s = '00', ms = '', zone] = iso;
    const year = Number(y),
      month = Number(mo),
      day = Number(d);
    if (!isRealDay(year, month, day) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
      return { ok: false, reason: 'invalid' };
    }
    const offset = zone === undefined ? SITE_OFFSET : zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${ms}${offset}`);
    if (Number.isNaN(date.getTime())) return { ok: false, reason: 'invalid' };
    return { ok: true, date };
  }
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const [, d, mo, y] = dayFirst;
    const valid = isRealDay(Number(y), Number(mo), Number(d));
    return {
      ok: false,
      reason: 'invalid',
      suggestion: valid ? `${y}-${pad(Number(mo))}-${pad(Number(d))}` : undefined,
    };
  }
  return { ok: false, reason: 'invalid' };
}

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: SITE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The calendar fields of `date` as seen in Viet Nam. */
export function siteDateParts(date: Date) {
  const parts = Object.fromEntries(partsFormatter.formatToParts(date).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** dd/MM/yyyy in Asia/Ho_Chi_Minh, the way Vietnamese readers write dates. */
export function formatDate(date: Date): string {
  const { day, month, year } = siteDateParts(date);
  return `${pad(day)}/${pad(month)}/${year}`;
}

/** The year an article belongs to in the archive, in Viet Nam's calendar. */
export function siteYear(date: Date): number {
  return siteDateParts(date).year;
}

/** ISO 8601 with the +07:00 offset, for `<time datetime>`, JSON-LD and Open Graph. */
export function toIsoWithOffset(date: Date): string {
  const p = siteDateParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${SITE_OFFSET}`;
}

/** Today's date in Viet Nam as YYYY-MM-DD (for new articles). */
export function siteDateString(date: Date): string {
  const p = siteDateParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** The build's notion of "now": BANTIN_NOW (an ISO date-time) when set, for reproducible builds and tests. */
export function buildTime(env: Record<string, string | undefined> = process.env): Date {
  const fixed = env.BANTIN_NOW;
  if (fixed) {
    const parsed = parseContentDate(fixed);
    if (parsed.ok) return parsed.date;
    throw new Error(`BANTIN_NOW="${fixed}" không phải ngày hợp lệ — ${DATE_HINT}`);
  }
  return new Date();
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 date in Viet Nam time, as RSS wants it: "Fri, 09 Apr 2021 00:00:00 +0700". */
export function toRfc822(date: Date): string {
  const p = siteDateParts(date);
  const weekday = WEEKDAYS[new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()];
  return `${weekday}, ${pad(p.day)} ${MONTHS[p.month - 1]} ${p.year} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)} +0700`;
}

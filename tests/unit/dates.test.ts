import { describe, expect, it } from 'vitest';
import { buildTime, formatDate, parseContentDate, siteYear, toIsoWithOffset } from '../../src/lib/text/dates.ts';

const ok = (value: unknown) => {
  const result = parseContentDate(value);
  if (!result.ok) throw new Error(`expected ${String(value)} to parse: ${result.reason}`);
  return result.date;
};

describe('parseContentDate', () => {
  it('reads YYYY-MM-DD as midnight in Viet Nam (UTC+7)', () => {
    expect(ok('2021-04-09').toISOString()).toBe('2021-04-08T17:00:00.000Z');
  });

  it('reads a date-time without offset as Viet Nam time', () => {
    expect(ok('2021-04-09T08:30').toISOString()).toBe('2021-04-09T01:30:00.000Z');
    expect(ok('2021-04-09 08:30:15').toISOString()).toBe('2021-04-09T01:30:15.000Z');
  });

  it('honours an explicit offset or Z', () => {
    expect(ok('2021-04-09T08:30:00Z').toISOString()).toBe('2021-04-09T08:30:00.000Z');
    expect(ok('2021-04-09T08:30:00+09:00').toISOString()).toBe('2021-04-08T23:30:00.000Z');
    expect(ok('2021-04-09T08:30:00-0500').toISOString()).toBe('2021-04-09T13:30:00.000Z');
  });

  it('never reads 09/04/2021 as September 4th: refuses it and suggests 2021-04-09', () => {
    const result = parseContentDate('09/04/2021');
    expect(result).toEqual({ ok: false, reason: 'invalid', suggestion: '2021-04-09' });
    expect(parseContentDate('9.4.2021')).toMatchObject({ ok: false, suggestion: '2021-04-09' });
  });

  it('rejects dates that do not exist', () => {
    for (const bad of ['2021-02-29', '2021-02-31', '2021-13-01', '2021-00-10', '2021-04-09T24:00', '31/02/2021']) {
      const result = parseContentDate(bad);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.suggestion, bad).toBeUndefined();
    }
    expect(parseContentDate('2024-02-29').ok).toBe(true);
  });

  it('rejects words, booleans and other shapes', () => {
    for (const bad of ['hôm nay', 'April 9, 2021', '2021/04/09', '20210409', true, null, ['2021-04-09'], {}]) {
      expect(parseContentDate(bad).ok, String(bad)).toBe(false);
    }
  });
});

describe('formatting in Asia/Ho_Chi_Minh', () => {
  it('shows dd/MM/yyyy in Viet Nam, not in UTC', () => {
    // 17:30 UTC on 31 Dec is already 1 January in Viet Nam.
    const date = new Date('2023-12-31T17:30:00Z');
    expect(formatDate(date)).toBe('01/01/2024');
    expect(siteYear(date)).toBe(2024);
    expect(toIsoWithOffset(date)).toBe('2024-01-01T00:30:00+07:00');
  });

  it('pads day and month', () => {
    expect(formatDate(ok('2021-04-09'))).toBe('09/04/2021');
  });

  it('takes "now" from BANTIN_NOW when set, and refuses a bad one', () => {
    expect(buildTime({ BANTIN_NOW: '2030-01-01' }).toISOString()).toBe('2029-12-31T17:00:00.000Z');
    expect(() => buildTime({ BANTIN_NOW: '01/01/2030' })).toThrow(/BANTIN_NOW/);
    expect(Math.abs(buildTime({}).getTime() - Date.now())).toBeLessThan(5000);
  });
});

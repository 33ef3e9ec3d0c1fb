import { describe, expect, it } from 'vitest';
import { missingTerms, parseQuery } from '../../../src/lib/search/query.ts';

describe('parseQuery', () => {
  it('gives NFD and NFC queries the same text', () => {
    expect(parseQuery('tập huấn'.normalize('NFD'))).toEqual(parseQuery('tập huấn'));
  });

  it('evens out case, spacing and punctuation, and folds terms', () => {
    expect(parseQuery('  TẬP-huấn,   Đà Nẵng! ')).toEqual({
      text: 'tập huấn đà nẵng',
      words: ['tập', 'huấn', 'đà', 'nẵng'],
      terms: ['tap', 'huan', 'da', 'nang'],
      hasMarks: true,
    });
    expect(parseQuery('tap huan').hasMarks).toBe(false);
    expect(parseQuery('đa').hasMarks).toBe(true);
  });

  it('keeps phrases, with any kind of quote, and drops an unpaired one', () => {
    expect(parseQuery('“bau cu” dai').text).toBe('"bau cu" dai');
    expect(parseQuery('"bau cu dai').text).toBe('bau cu dai');
    expect(parseQuery('"" tap').text).toBe('tap');
  });

  it('finds nothing to search in punctuation', () => {
    expect(parseQuery(' ?!… ').text).toBe('');
  });
});

describe('missingTerms', () => {
  it('names the terms a result lacks, matching folded prefixes like Pagefind', () => {
    expect(missingTerms(['da', 'nang', 'vutru'], 'Đà_Dà Nẵng hôm nay')).toEqual(['vutru']);
    expect(missingTerms(['huan'], 'tập huấn')).toEqual([]);
    expect(missingTerms(['dong'], 'đồ đạc')).toEqual(['dong']);
  });

  it('counts joined and camelCase forms as Pagefind indexes them', () => {
    expect(missingTerms(['tphcm', 'covid19', 'phone', 'tp', 'hcm'], 'Tại TP.HCM, COVID-19 và iPhone')).toEqual([]);
  });
});

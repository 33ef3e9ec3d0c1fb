import type { z } from 'astro/zod';
import { fieldMessages, issueMessages, quote } from '../../i18n/messages.ts';
import { closestMatch } from '../text/vietnamese.ts';
import { fieldMeta, type FieldMeta } from './schema.ts';

/** A schema issue in an editor's words: the field it concerns and what to do. */
export interface FieldIssue {
  field?: string;
  message: string;
}

export type ContractKind = 'bài viết' | 'trang' | 'chuyên mục' | 'số bản tin';

const FALLBACK: FieldMeta = { kind: 'text', label: '', example: '…' };

/**
 * Turns zod's issues into messages that name the field, what was given, what is allowed and an
 * example (in the manner of Starlight's friendly error map). `data` is the front matter as
 * written, so the message quotes the editor's own value.
 */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  schema: z.ZodObject,
  data: Record<string, unknown>,
  kind: ContractKind,
): FieldIssue[] {
  const known = Object.keys(schema.shape);
  const described: FieldIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) described.push({ field: key, message: fieldMessages.unknownField(kind, closestMatch(key, known), known) });
      continue;
    }
    const field = issue.path.length ? String(issue.path[0]) : undefined;
    const meta = (field && fieldMeta(schema, field)) || FALLBACK;
    described.push({ field, message: describe(issue, field ?? '', meta, field ? data[field] : undefined) });
  }
  return described;
}

/** An editor's value as text for a message: strings trimmed, anything else as it would be quoted. */
const asText = (value: unknown) => (typeof value === 'string' ? value.trim() : quote(value));

function describe(issue: z.core.$ZodIssue, field: string, meta: FieldMeta, given: unknown): string {
  const params: Record<string, unknown> = (issue.code === 'custom' && issue.params) || {};
  switch (params.rule) {
    case 'date':
      return fieldMessages.notDate(given, params.reason as 'invalid' | 'type', params.suggestion as string | undefined);
    case 'listItem':
      return fieldMessages.listItemNotText(given, field, meta.example);
    case 'tagWithoutLetters':
      return fieldMessages.tagWithoutLetters(params.tag);
    case 'imageNotRelative':
      return fieldMessages.coverNotRelative(asText(given));
    case 'notImage':
      return fieldMessages.coverNotImage(asText(given));
    case 'youtube':
      return fieldMessages.notYoutube(asText(issue.input ?? given));
    case 'period':
      return issueMessages.badPeriod(given);
    case 'articleList':
      return issueMessages.badArticleList(given);
  }
  if (meta.kind === 'number' && !(issue.code === 'invalid_type' && (given === undefined || given === null || given === ''))) {
    return issueMessages.notWholeNumber(given, field, meta.example);
  }
  const missing = given === undefined || given === null || given === '';
  // A missing field fails as a wrong type, or as no match among a union's shapes (an issue's period).
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && missing) {
    return meta.kind === 'date' ? fieldMessages.requiredDate() : fieldMessages.required(field, meta.example);
  }
  if (issue.code === 'too_small') return fieldMessages.empty(field, meta.example);
  if (meta.kind === 'period') return issueMessages.badPeriod(given);
  if (meta.kind === 'articles') return issueMessages.badArticleList(given);
  if (issue.code === 'invalid_type') {
    if (meta.kind === 'boolean') return fieldMessages.notBoolean(given, field);
    if (meta.kind === 'list') return fieldMessages.notList(given, field, meta.example);
    if (meta.kind === 'date') return fieldMessages.notDate(given, 'type');
    return fieldMessages.notText(given, field, meta.example);
  }
  return fieldMessages.notText(given, field, meta.example);
}

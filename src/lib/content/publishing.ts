/** Published means: not a draft, and its date has come. Drafts are never published; scheduled articles appear at the first build after their date. */
export function isPublishable(article: { draft: boolean; date: Date }, now: Date): boolean {
  return !article.draft && article.date.getTime() <= now.getTime();
}

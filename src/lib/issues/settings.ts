import { site } from '../site/config.ts';

/** Whether this build prints the issues to PDF: on unless `issuePdf: false` in src/site.config.ts or BANTIN_ISSUE_PDF=0. */
export function issuePdfEnabled(env: Record<string, string | undefined> = process.env, settings: { issuePdf: boolean } = site): boolean {
  return settings.issuePdf !== false && env.BANTIN_ISSUE_PDF !== '0';
}

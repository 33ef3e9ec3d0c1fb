/**
 * The one browser this project drives (the issue PDFs, the tests, the UX audit): Debian's
 * Chromium unless CHROMIUM_PATH names another, with the flags that keep it offline and quiet.
 */
export const chromiumPath = (env: Record<string, string | undefined> = process.env) => env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

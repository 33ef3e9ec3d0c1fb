// The browser tests and the audit scripts share one static server and one Chromium launcher.
export { CHROMIUM, CHROMIUM_ARGS, launchBrowser, serveStatic, type StaticServer } from './static-server.ts';

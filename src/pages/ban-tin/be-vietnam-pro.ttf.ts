import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { ISSUE_FONT_FILE } from '../../lib/issues/font.ts';

/** The one font of the printed issues (Be Vietnam Pro, every Vietnamese letter), copied into the build. */
export const GET: APIRoute = async () => new Response(await readFile(ISSUE_FONT_FILE), { headers: { 'content-type': 'font/ttf' } });

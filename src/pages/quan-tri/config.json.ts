import type { APIRoute } from 'astro';
import { editorData } from './_editor-data.ts';

/** The web editor's configuration, generated from the content schema at build time (read by src/lib/cms/start.ts). */
export const GET: APIRoute = ({ site }) => new Response(JSON.stringify(editorData(site!)), { headers: { 'content-type': 'application/json' } });

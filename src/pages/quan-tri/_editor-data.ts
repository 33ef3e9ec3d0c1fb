/**
 * What the editor page and its configuration file are made from, at build time (or per request
 * under `npm run dev`): the backend from the environment, the sections from categories.yaml, the
 * site's settings. The configuration itself is src/lib/cms/config.ts, a pure function.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { backendFromEnv, cmsConfig, githubRepoOf, type CmsBackend } from '../../lib/cms/config.ts';
import type { EditorPageData } from '../../lib/cms/start.ts';
import { contentDirectory, readCategories } from '../../lib/content/load.ts';
import { site } from '../../lib/site/config.ts';
import { paths, withBase } from '../../lib/site/urls.ts';
import previewStyle from '../../styles/global.css?url';

/** The GitHub repository of the working copy (`npm run dev` on a clone), when CMS_REPO is not set. */
function originRepo(): string | undefined {
  try {
    return githubRepoOf(execFileSync('git', ['config', '--get', 'remote.origin.url'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return undefined;
  }
}

/** CMS_BACKEND, CMS_REPO (or GITHUB_REPOSITORY, or the clone's origin), CMS_BRANCH, CMS_AUTH_URL. */
export const editorBackend = (): CmsBackend | undefined => backendFromEnv(process.env, originRepo());

/** The configuration Sveltia starts with, and the stylesheet of its preview pane. */
export function editorData(siteUrl: URL): EditorPageData {
  const backend = editorBackend();
  // Problems in categories.yaml are the content check's to report; the build stops on them.
  const sections = readCategories(join(contentDirectory(), 'categories.yaml'), []);
  return {
    config:
      backend &&
      cmsConfig({
        sections,
        siteName: site.shortName,
        editorialWorkflow: site.editorialWorkflow,
        siteUrl: new URL(withBase(paths.home()), siteUrl).href,
        logo: withBase(paths.logo()),
        backend,
      }),
    previewStyle,
  };
}

import { mdxToJs } from 'satteri';

/**
 * MDX is compiled as code, so a stray `<` or `{` in an .mdx body stops the build. Compiling it
 * here too lets `npm run check` name the file and line before the build does.
 */
export function mdxSyntaxError(body: string): { line?: number; detail: string } | undefined {
  try {
    mdxToJs(body, {});
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const place = /^(\d+):(\d+):\s*/.exec(message);
    const detail = message.replace(/^\d+:\d+:\s*/, '').replace(/\s*\(mdx[^)]*\)\s*$/, '').replace(/\s*\(\d+:\d+\)/g, '');
    return { line: place ? Number(place[1]) : undefined, detail };
  }
}

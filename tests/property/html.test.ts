import fc from 'fast-check';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { safeHtml } from '../../src/lib/content/safe-html.ts';
import { XSS_VECTORS } from './xss-vectors.ts';

/**
 * Article bodies are untrusted. Whatever Markdown, raw HTML and known XSS vectors an editor
 * mixes, the HTML the site renders must, once a browser parses it, hold nothing that runs code,
 * loads another document or changes the page around it. FC_SEED replays another sequence.
 */

const SEED = Number(process.env.FC_SEED ?? 20261204);
const RUNS = Number(process.env.FC_HTML_RUNS ?? 300);
const TIMEOUT = 120_000;

fc.configureGlobal({ seed: SEED, numRuns: RUNS });

/** Exactly as the site renders a Markdown body (astro.config.mjs). */
const render = (body: string) => markdownToHtml(body, { features: { rawHtml: true }, hastPlugins: [safeHtml('/')] }).html;

// ---------------------------------------------------------------------------------------------
// What a browser builds from the output

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Marks the end of the article: if the body swallows it, the rest of the page would be too. */
const MARKER = 'property-after-article';

/** Every element of the page around `html`, template contents included, parsed as a browser would. */
function elementsOf(html: string, scriptingEnabled: boolean): Element[] {
  const document = parse(`<!doctype html><html><head></head><body><main>${html}</main><p id="${MARKER}">.</p></body></html>`, { scriptingEnabled });
  const all: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) all.push(node);
    if ('childNodes' in node) node.childNodes.forEach(walk);
    if ('content' in node && node.content) walk(node.content as unknown as Node);
  };
  walk(document);
  return all;
}

const textOf = (node: Node): string =>
  node.nodeName === '#text' ? (node as DefaultTreeAdapterMap['textNode']).value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';

/** Elements that run code, load other documents, restyle or redirect the page. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'base',
  'meta',
  'object',
  'embed',
  'applet',
  'form',
  'iframe',
  'frame',
  'frameset',
  'style',
  'link',
  'svg',
  'math',
]);
/** Attributes whose value is fetched or navigated to. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'cite',
  'background',
  'data',
  'xlink:href',
  'longdesc',
  'codebase',
  'manifest',
]);

/** True when a URL would run code or show a document of the attacker's making. */
function dangerousUrl(value: string): boolean {
  // Browsers skip control characters and whitespace inside a scheme ("java\tscript:").
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return compact.startsWith('javascript:') || compact.startsWith('vbscript:') || (compact.startsWith('data:') && !compact.startsWith('data:image/'));
}

/** What is wrong with one element as the browser built it; empty when nothing is. */
function dangers(element: Element): string[] {
  const found: string[] = [];
  const tag = element.tagName;
  if (FORBIDDEN_ELEMENTS.has(tag)) found.push(`<${tag}>`);
  if (element.namespaceURI !== HTML_NS) found.push(`<${tag}> in ${element.namespaceURI}`);
  for (const { name, value, prefix } of element.attrs) {
    const full = (prefix ? `${prefix}:${name}` : name).toLowerCase();
    const shown = `<${tag} ${full}=${JSON.stringify(value)}>`;
    if (full.startsWith('on')) found.push(`event handler ${shown}`);
    if (full === 'srcdoc') found.push(`srcdoc ${shown}`);
    if (URL_ATTRIBUTES.has(full) && dangerousUrl(value)) found.push(`address ${shown}`);
    if (full === 'srcset' && value.split(',').some((candidate) => dangerousUrl(candidate.trim().split(/\s+/)[0] ?? ''))) found.push(`srcset ${shown}`);
    if (full === 'ping' && value.split(/\s+/).some(dangerousUrl)) found.push(`ping ${shown}`);
    if (full === 'style') {
      const style = value.replace(/[\s\\]/g, '').toLowerCase();
      if (style.includes('expression(') || style.includes('url(javascript') || style.includes('url("javascript') || style.includes("url('javascript"))
        found.push(`style ${shown}`);
    }
  }
  return found;
}

/** Everything a browser would find unsafe in the rendered HTML, with scripting on and off. */
function unsafeParts(html: string): string[] {
  const found = new Set<string>();
  for (const scripting of [true, false]) {
    const elements = elementsOf(html, scripting);
    for (const element of elements) for (const danger of dangers(element)) found.add(danger);
  }
  return [...found];
}

// ---------------------------------------------------------------------------------------------
// Bodies

const vector = fc.constantFrom(...XSS_VECTORS);
const words = fc.constantFrom('Hội nghị', 'tập huấn', 'x', 'Phụ nữ', 'a b', '*', '_', '&amp;', '&', '"', "'", '=', '>');
const text = fc.oneof(
  { weight: 3, arbitrary: fc.array(words, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...'<>"\'=&#;:/ \n\tajvscrit()[]!`-'.split('')), maxLength: 20 }) },
);

/** Addresses written in Markdown links, images and reference definitions. */
const hostileUrl = fc.constantFrom(
  'javascript:alert(101)',
  'JAVASCRIPT:alert(102)',
  'javascript&#58;alert(103)',
  '&#106;avascript:alert(104)',
  '&#x6A;avascript:alert(105)',
  '&#0000106avascript:alert(106)',
  'jav&#x09;ascript:alert(107)',
  'javascript&colon;alert(108)',
  'java%0ascript:alert(109)',
  '<javascript:alert(110)>',
  '<java\tscript:alert(111)>',
  '<javascript:alert(112) "t">',
  'javascript:alert(113) "titre"',
  'vbscript:msgbox(114)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxMTUpPC9zY3JpcHQ+',
  'data:text/html,%3Cscript%3Ealert(116)%3C/script%3E',
  '\\javascript:alert(117)',
  'https://hoi.vn/" onmouseover="alert(118)',
  'https://hoi.vn/?a=1&b="><script>alert(119)</script>',
  '/bai-viet/x/',
  'https://hoi.vn/',
  './anh.png',
);

const scheme = fc.constantFrom(
  'javascript:alert(120)',
  'JavaScript:alert(121)',
  'vbscript:msgbox(122)',
  'data:text/html,<script>alert(123)</script>',
  'https://hoi.vn/',
);

/** Fences that keep a vector as code: it must be shown, escaped, never parsed. */
const fencedCode = (v: string, fence: string) => `${fence}html\n${v}\n${fence}`;
const indentedCode = (v: string) =>
  v
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');

const markdownPiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: text.map((t) => `# ${t}`) },
  { weight: 3, arbitrary: text },
  { weight: 3, arbitrary: fc.tuple(text, hostileUrl).map(([t, u]) => `[${t}](${u})`) },
  { weight: 2, arbitrary: fc.tuple(text, hostileUrl).map(([t, u]) => `![${t}](${u})`) },
  { weight: 2, arbitrary: scheme.map((u) => `<${u}>`) },
  { weight: 2, arbitrary: fc.tuple(fc.nat(9), hostileUrl, text).map(([n, u, t]) => `[r${n}]: ${u}\n\n[${t}][r${n}] ![${t}][r${n}] [r${n}]`) },
  { weight: 2, arbitrary: fc.tuple(vector, fc.constantFrom('```', '~~~', '````')).map(([v, f]) => fencedCode(v, f)) },
  { weight: 1, arbitrary: vector.map(indentedCode) },
  { weight: 1, arbitrary: vector.filter((v) => !v.includes('\n')).map((v) => `\`${v}\``) },
  { weight: 8, arbitrary: vector },
  { weight: 2, arbitrary: fc.tuple(text, vector).map(([t, v]) => `${t} ${v} ${t}`) },
  { weight: 1, arbitrary: vector.map((v) => `> ${v}`) },
  { weight: 1, arbitrary: vector.map((v) => `- ${v}\n- [x](javascript:alert(124))`) },
  { weight: 1, arbitrary: vector.filter((v) => !v.includes('\n')).map((v) => `| a | b |\n|---|---|\n| ${v.replace(/\|/g, '\\|')} | x |`) },
  { weight: 1, arbitrary: vector.map((v) => `*${v}* **${v}**`) },
  { weight: 1, arbitrary: vector.map((v) => `[${v}](https://hoi.vn/)`) },
  { weight: 1, arbitrary: fc.tuple(vector, vector).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: vector.map((v) => `<div>\n\n${v}\n\n[a](javascript:alert(125))\n\n</div>`) },
  { weight: 1, arbitrary: vector.map((v) => `<details><summary>x</summary>\n\n${v}\n\n</details>`) },
  { weight: 1, arbitrary: vector.map((v) => v.replace(/[a-z]/g, (c, i: number) => (i % 2 ? c.toUpperCase() : c))) },
);

const separator = fc.constantFrom('\n\n', '\n', ' ', '');
const markdownBody = fc
  .array(fc.tuple(markdownPiece, separator), { minLength: 1, maxLength: 8 })
  .map((pieces) => pieces.map(([piece, sep]) => piece + sep).join(''));

/** A body without raw HTML outside code, so that every vector in a code block must be shown. */
const codeOnlyBody = fc
  .array(
    fc.oneof(
      fc.tuple(vector, fc.constantFrom('```', '~~~')).map(([v, f]) => ({ piece: fencedCode(v, f), shown: [v] })),
      vector.map((v) => ({ piece: indentedCode(v), shown: v.split('\n') })),
      vector.filter((v) => !v.includes('\n') && !v.includes('`')).map((v) => ({ piece: `Mã: \`${v}\``, shown: [v] })),
      fc.constantFrom('Đoạn văn thường.', 'Hội nghị *tập huấn*.').map((t) => ({ piece: t, shown: [] as string[] })),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) => ({ body: parts.map((p) => p.piece).join('\n\n'), shown: parts.flatMap((p) => p.shown) }));

// ---------------------------------------------------------------------------------------------
// MDX

/** Vectors written as JSX, which MDX compiles to code rather than HTML. */
const JSX_VECTORS = [
  '<img src="x" onError="alert(201)" />',
  '<img src="x" onerror="alert(202)" />',
  '<a href="javascript:alert(203)">x</a>',
  '<a href="JaVaScRiPt:alert(204)">x</a>',
  '<a href="&#106;avascript:alert(205)">x</a>',
  '<a href=" javascript:alert(206)">x</a>',
  '<a href={"javascript:alert(207)"}>x</a>',
  '<a href={`javascript:alert(208)`}>x</a>',
  '<a href={"java" + "script:alert(209)"}>x</a>',
  '<a {...{ href: "javascript:alert(210)" }}>x</a>',
  '<div dangerouslySetInnerHTML={{ __html: "<img src=x onerror=alert(211)>" }} />',
  '<Fragment set:html="<img src=x onerror=alert(212)>" />',
  '<div set:html={"<img src=x onerror=alert(213)>"} />',
  '<iframe srcDoc="<script>alert(214)</script>" />',
  '<iframe src="javascript:alert(215)" />',
  '<script>{"alert(216)"}</script>',
  '<svg onLoad="alert(217)" />',
  '<object data="javascript:alert(218)" />',
  '<form action="javascript:alert(219)"><button formAction="javascript:alert(220)">x</button></form>',
  '<div style={{ background: "url(javascript:alert(221))" }}>x</div>',
  '<div style="width: expression(alert(222))">x</div>',
  '<img srcSet="javascript:alert(223) 1x" />',
  '<a xlinkHref="javascript:alert(224)">x</a>',
  '<Component onClick={() => alert(225)} />',
  '<a.b href="javascript:alert(226)">x</a.b>',
  '<x:y href="javascript:alert(227)">x</x:y>',
  '<div><a href="javascript:alert(228)">x</a></div>',
  '<p>chữ <img src="x" onError={alert} /></p>',
  '<base href="javascript:alert(229)//" />',
  '<meta httpEquiv="refresh" content="0;url=javascript:alert(230)" />',
  '<link rel="stylesheet" href="javascript:alert(231)" />',
  '<video poster="javascript:alert(232)" />',
  '<blockquote cite="javascript:alert(233)">x</blockquote>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgyMzQpPC9zY3JpcHQ+">x</a>',
  '<a href="vbscript:msgbox(235)">x</a>',
];

const mdxPiece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...JSX_VECTORS) },
  { weight: 2, arbitrary: markdownPiece },
  { weight: 1, arbitrary: fc.tuple(text, fc.constantFrom(...JSX_VECTORS)).map(([t, v]) => `${t.replace(/[<{}]/g, '')} ${v}`) },
);
const mdxBody = fc.array(mdxPiece, { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join('\n\n'));

/** Props of the compiled module that carry an address, as MDX names them. */
const URL_PROPS = new Set([
  'href',
  'src',
  'srcSet',
  'srcset',
  'action',
  'formAction',
  'poster',
  'cite',
  'background',
  'data',
  'xlinkHref',
  'xlink:href',
  'ping',
  'longDesc',
]);

/** What in the compiled JavaScript could run code in the reader's browser. */
function unsafeJs(code: string): string[] {
  const found: string[] = [];
  if (code.includes('dangerouslySetInnerHTML')) found.push('dangerouslySetInnerHTML');
  // String literals are dropped first, so text that merely mentions onClick is not a prop.
  const withoutStrings = code.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');
  for (const [prop] of withoutStrings.matchAll(/\bon[A-Z][A-Za-z]*(?=\s*:)/g)) found.push(`event prop ${prop}`);
  for (const [, quoted, bare, literal] of code.matchAll(/(?:"([\w:-]+)"|\b([A-Za-z_][\w]*))\s*:\s*("(?:[^"\\\n]|\\.)*")/g)) {
    const prop = quoted ?? bare;
    if (!URL_PROPS.has(prop)) continue;
    let value: string;
    try {
      value = JSON.parse(literal) as string;
    } catch {
      value = literal.slice(1, -1);
    }
    if (dangerousUrl(value)) found.push(`${prop}: ${literal}`);
  }
  for (const [quoted, bare] of code.matchAll(/(?:"(on[a-z]+)"|\b(set:html))\s*:/g)) found.push(`prop ${quoted ?? bare}`);
  for (const [style] of code.matchAll(/\bstyle\s*:\s*(?:\{[^}]*\}|"(?:[^"\\\n]|\\.)*")/g)) {
    const compact = style.replace(/[\s\\"']/g, '').toLowerCase();
    if (compact.includes('expression(') || compact.includes('url(javascript')) found.push(`style ${style}`);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------

describe('Markdown article bodies with hostile HTML', () => {
  it('render to HTML in which a browser finds nothing that runs, loads or redirects', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(markdownBody, (body) => {
        const html = render(body);
        const unsafe = unsafeParts(html);
        expect(unsafe, `rendered:\n${html}`).toEqual([]);
      }),
    );
  });

  it('render to HTML that cannot swallow the rest of the page', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(markdownBody, (body) => {
        const html = render(body);
        for (const scripting of [true, false]) {
          const marker = elementsOf(html, scripting).find((el) => el.attrs.some((a) => a.name === 'id' && a.value === MARKER));
          expect(marker, `scripting ${scripting}, rendered:\n${html}`).toBeDefined();
          expect(marker!.parentNode && 'tagName' in marker!.parentNode ? marker!.parentNode.tagName : '', `rendered:\n${html}`).toBe('body');
        }
      }),
    );
  });

  it('show vectors in code blocks and code spans as text, escaped', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(codeOnlyBody, ({ body, shown }) => {
        const html = render(body);
        expect(unsafeParts(html), html).toEqual([]);
        const code = elementsOf(html, true)
          .filter((el) => el.tagName === 'code')
          .map(textOf)
          .join('\n');
        for (const line of shown) expect(code, `rendered:\n${html}`).toContain(line.replace(/^\s+|\s+$/g, ''));
      }),
    );
  });
});

describe('MDX article bodies with hostile JSX and HTML', () => {
  it('compile, when they compile at all, to code without raw HTML, event props or unsafe addresses', { timeout: TIMEOUT }, () => {
    let compiled = 0;
    fc.assert(
      fc.property(mdxBody, (body) => {
        let code: string;
        try {
          const result = mdxToJs(body, { hastPlugins: [safeHtml('/')] }) as unknown as { code?: string } | string;
          code = typeof result === 'string' ? result : (result.code ?? '');
        } catch {
          // A body that does not compile is refused by the content check (mdxSyntaxError).
          return;
        }
        compiled++;
        expect(unsafeJs(code), code).toEqual([]);
      }),
    );
    // Most bodies must compile, or the property would say little.
    expect(compiled).toBeGreaterThan(RUNS / 3);
  });
});

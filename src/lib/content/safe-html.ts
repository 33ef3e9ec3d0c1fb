import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import GithubSlugger from 'github-slugger';
import { defineHastPlugin } from 'satteri';
import { linkWithBase } from '../site/urls.ts';

/**
 * Article bodies are untrusted: raw HTML in Markdown is parsed (features.rawHtml) and then
 * cleaned here against an allowlist, GitHub's schema from hast-util-sanitize extended with
 * what a bulletin needs. Anything the allowlist does not name is dropped. On top of it, the
 * site's own rules: every address uses a safe scheme, media wait for the reader, pictures from
 * other sites load lazily and privately, and ids cannot clobber the page's own.
 * Text is composed to NFC for MDX files, which skip the loader.
 */

// ---------------------------------------------------------------------------------------------
// The allowlist
// ---------------------------------------------------------------------------------------------

type PropertyDefinition = NonNullable<Schema['attributes']>[string][number];

/** The schema with the fields this file reads made non-optional. */
interface BodySchema extends Schema {
  tagNames: string[];
  attributes: Record<string, PropertyDefinition[]>;
  required: NonNullable<Schema['required']>;
  clobber: string[];
  clobberPrefix: string;
}

/** Elements removed with everything inside them: their content is code, raw text or a form. */
export const STRIPPED_ELEMENTS = [
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal',
  'form', 'input', 'button', 'textarea', 'select', 'option', 'title', 'link', 'meta', 'base', 'svg', 'math',
  // Written out raw by HTML serialisers: `<plaintext>` would turn the rest of the page into text.
  'plaintext', 'xmp', 'noembed', 'noframes',
];

/** Attributes of the default schema that bodies do not get: shortcuts and focus order belong to the page, forms are not allowed. */
const NOT_IN_BODIES = new Set(['accessKey', 'tabIndex', 'action', 'method', 'encType', 'acceptCharset', 'accept', 'useMap']);

const definitionName = (definition: PropertyDefinition) => (typeof definition === 'string' ? definition : definition[0]);
const defaults = defaultSchema.attributes ?? {};

/** What article bodies may contain. One object, read by sanitize() and by the MDX JSX rule. */
export const SCHEMA: BodySchema = {
  ...defaultSchema,
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'figure', 'figcaption', 'caption', 'colgroup', 'col', 'video', 'audio', 'mark', 'small', 'abbr', 'cite', 'time', 'u',
  ],
  attributes: {
    ...defaults,
    '*': (defaults['*'] ?? []).filter((definition) => !NOT_IN_BODIES.has(definitionName(definition))),
    img: [...(defaults.img ?? []), 'srcSet', 'sizes', ['loading', 'lazy', 'eager'], ['decoding', 'async', 'sync', 'auto']],
    source: ['src', 'srcSet', 'sizes', 'type'],
    // No autoplay, and nothing fetched before the reader presses play (see `required`).
    video: ['src', 'poster', 'controls', 'loop', 'muted', 'playsInline', ['preload', 'none']],
    audio: ['src', 'controls', 'loop', 'muted', ['preload', 'none']],
  },
  ancestors: {
    ...defaultSchema.ancestors,
    caption: ['table'], colgroup: ['table'], col: ['table'],
    figcaption: ['figure'],
    source: ['picture', 'video', 'audio'],
    // Only the task-list checkbox that Markdown writes, never a form field.
    input: ['li'],
  },
  // Schemes sanitize() accepts before safeUrl() looks closer (data: only for raster pictures).
  protocols: {
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https', 'data'],
    srcSet: ['http', 'https', 'data'],
    poster: ['http', 'https', 'data'],
    cite: ['http', 'https'],
    longDesc: ['http', 'https'],
  },
  required: {
    ...defaultSchema.required,
    video: { controls: true, preload: 'none' },
    audio: { controls: true, preload: 'none' },
  },
  strip: STRIPPED_ELEMENTS,
  // Applied by prefixIds() below, which also keeps in-page links working.
  clobber: [...(defaultSchema.clobber ?? []), 'headers'],
  clobberPrefix: 'user-content-',
};

const PREFIX = SCHEMA.clobberPrefix;

/** Every attribute that holds an address, allowed or not: checked on every element, whatever the schema says. */
const URL_PROPERTIES = new Set([
  'href', 'src', 'srcSet', 'action', 'formAction', 'poster', 'cite', 'background', 'longDesc', 'data', 'ping',
  'xLinkHref', 'codeBase', 'classId', 'archive', 'profile', 'manifest', 'icon', 'itemId', 'itemType', 'imageSrcSet', 'lowsrc', 'dynsrc',
]);
/** Attributes holding a srcset: candidates of an address and descriptors. */
const SRCSET_PROPERTIES = new Set(['srcSet', 'imageSrcSet']);
/** Attributes holding a space-separated list of addresses. */
const SPACED_URL_PROPERTIES = new Set(['ping', 'itemType', 'archive']);
/** Where a `data:` picture may stand. */
const PICTURE_PROPERTIES: Record<string, string[]> = { img: ['src', 'srcSet'], source: ['srcSet'], video: ['poster'] };

// ---------------------------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------------------------

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const PICTURE_DATA = /^data:image\/(png|jpeg|gif|webp|avif)[;,]/i;

/**
 * True when a URL has no scheme (relative, #anchor) or a scheme that cannot run code; with
 * `picture`, also a `data:` PNG, JPEG, GIF, WebP or AVIF (never SVG, which can carry script).
 * Whatever stands before a colon that comes before any "/", "?" or "#" counts as a scheme.
 */
export function isSafeUrl(value: string, { picture = false } = {}): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so do the same.
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const end = compact.search(/[:/?#]/);
  if (end < 0 || compact[end] !== ':') return true;
  const scheme = compact.slice(0, end).toLowerCase();
  if (scheme === 'data') return picture && PICTURE_DATA.test(compact);
  return SAFE_SCHEMES.has(scheme);
}

/** Adds the deploy base to a root-relative link ("/the/" → "/bantin/the/"), leaving "//host" alone. */
export function withBasePath(base: string, url: string): string {
  return linkWithBase(base, url);
}

/** A URL on another site ("https://…", "//…"). */
const isRemote = (url: string) => /^(https?:)?\/\//i.test(url.trim());

interface Candidate { url: string; descriptor: string }

/** The candidates of a srcset, parsed as browsers do: a URL, then descriptors up to a comma. */
export function srcsetCandidates(value: string): Candidate[] {
  const candidates: Candidate[] = [];
  let rest = value;
  while ((rest = rest.replace(/^[\s,]+/, ''))) {
    let url = /^\S+/.exec(rest)![0];
    rest = rest.slice(url.length);
    let descriptor = '';
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      // Descriptors run to the next comma outside parentheses.
      const end = /^(?:[^,(]|\([^)]*\)?)*/.exec(rest)![0];
      descriptor = end.trim();
      rest = rest.slice(end.length);
    }
    candidates.push({ url, descriptor });
  }
  return candidates;
}

const joinSrcset = (candidates: Candidate[]) => candidates.map(({ url, descriptor }) => (descriptor ? `${url} ${descriptor}` : url)).join(', ');

/** A srcset descriptor as browsers accept it: "2x", "1.5x", "640w". */
const DESCRIPTOR = /^(\d*\.?\d+(e[+-]?\d+)?x|\d+[wh])$/i;

/** The addresses an attribute holds. */
function urlsOf(key: string, value: string): string[] {
  if (SPACED_URL_PROPERTIES.has(key)) return value.split(/\s+/).filter(Boolean);
  return SRCSET_PROPERTIES.has(key) ? srcsetCandidates(value).map((candidate) => candidate.url) : [value];
}

/**
 * True when every address in an attribute is safe; a srcset must also parse cleanly, since a
 * control character may split "java\tscript:" into an address and a "descriptor".
 */
function safeAttribute(tagName: string, key: string, value: string): boolean {
  const picture = PICTURE_PROPERTIES[tagName]?.includes(key);
  const wellFormed = !SRCSET_PROPERTIES.has(key)
    || srcsetCandidates(value).every(({ descriptor }) => descriptor.split(/\s+/).every((part) => !part || DESCRIPTOR.test(part)));
  return wellFormed && urlsOf(key, value).every((url) => isSafeUrl(url, { picture }));
}

// ---------------------------------------------------------------------------------------------
// Trees
// ---------------------------------------------------------------------------------------------

type Value = string | number | boolean | null | undefined | (string | number)[];
interface Element { type: 'element'; tagName: string; properties: Record<string, Value>; children: Node[]; data?: Record<string, unknown> }
interface Text { type: 'text'; value: string }
interface JsxAttribute { type: string; name?: string; value?: unknown }
interface JsxElement { type?: string; name?: string | null; attributes?: JsxAttribute[]; children?: Node[]; data?: unknown }
type Node = (Element | Text | JsxElement | { type: string; children?: Node[]; value?: unknown }) & { type?: string };
interface Root { type: 'root'; children: Node[] }

const isElement = (node: Node): node is Element => node.type === 'element';
const isJsx = (node: Node): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
/** MDX code: import/export and {expressions}. They run at build time, like any committed code. */
const isMdxCode = (node: Node) => node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression';
const childrenOf = (node: Node): Node[] => ('children' in node && Array.isArray(node.children) ? node.children : []);

function textOf(node: Node): string {
  if (node.type === 'text') return String((node as Text).value);
  return childrenOf(node).map(textOf).join('');
}

// ---------------------------------------------------------------------------------------------
// MDX: JSX elements against the same allowlist
// ---------------------------------------------------------------------------------------------

const normalise = (name: string) => name.toLowerCase().replace(/[-:]/g, '');
/** Every property name the allowlist or this file knows, by its lower-case, dashless spelling. */
const KNOWN_PROPERTIES = new Map(
  [
    ...Object.values(SCHEMA.attributes).flat().map(definitionName),
    ...Object.values(SCHEMA.required).flatMap((required) => Object.keys(required)),
    ...URL_PROPERTIES,
  ].map((property) => [normalise(property), property]),
);

/** The hast property for a JSX attribute name ("class" → "className", "aria-label" → "ariaLabel"). */
function propertyName(attribute: string): string {
  if (attribute === 'class') return 'className';
  if (attribute === 'for') return 'htmlFor';
  return KNOWN_PROPERTIES.get(normalise(attribute)) ?? attribute;
}

/** The HTML attribute for a hast property ("ariaDescribedBy" → "aria-describedby"). */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^aria[A-Z]/.test(property)) return `aria-${property.slice(4).toLowerCase()}`;
  if (/^data[A-Z]/.test(property)) return `data${property.slice(4).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  return property.toLowerCase();
}

const SPACE_SEPARATED = new Set(['className', 'headers', 'ariaDescribedBy', 'ariaLabelledBy', 'rel', 'rev', 'itemProp']);

/** A literal JSX attribute value as a hast property value (`<input disabled>` → true). */
function literalValue(property: string, value: string | null | undefined): Value {
  if (value === null || value === undefined) return true;
  return SPACE_SEPARATED.has(property) ? value.split(/\s+/).filter(Boolean) : value;
}

/** The allowlist's own check of one property, by running sanitize() on an element that has only it. */
function allowedByList(tagName: string, property: string, value: Value): boolean {
  const probe: Element = { type: 'element', tagName, properties: { [property]: value }, children: [] };
  const result = sanitize(probe as never, { ...SCHEMA, ancestors: {}, required: {}, clobber: [] }) as unknown as Element;
  if (result.type !== 'element') return false;
  const kept = result.properties[property];
  return Array.isArray(value) ? Array.isArray(kept) && kept.length === value.length : kept === value;
}

/** An attribute whose value is a JS expression: only where any value is harmless. */
function allowedExpression(tagName: string, property: string): boolean {
  const definitions = [...(SCHEMA.attributes[tagName] ?? []), ...SCHEMA.attributes['*']];
  const definition = definitions.find((entry) => definitionName(entry) === property);
  return typeof definition === 'string' && !URL_PROPERTIES.has(property) && !SCHEMA.clobber.includes(property);
}

function allowedJsxAttribute(tagName: string, attribute: JsxAttribute): boolean {
  if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) return false; // {...spread}
  const property = propertyName(attribute.name);
  const { value } = attribute;
  if (value !== null && value !== undefined && typeof value !== 'string') return allowedExpression(tagName, property);
  const literal = literalValue(property, value);
  if (!allowedByList(tagName, property, literal)) return false;
  return !URL_PROPERTIES.has(property) || safeAttribute(tagName, property, String(value));
}

/**
 * True when an MDX JSX element is outside the allowlist: a component (`<Fragment set:html>`,
 * `<Anything />`), a tag or an attribute the schema does not name (event handlers, `style`,
 * raw-HTML directives), a spread, an unsafe address, or an expression where an address, an id
 * or a restricted value goes. Such an element is removed whole, with its content.
 */
export function unsafeJsx(node: JsxElement): boolean {
  if (node.name == null) return false; // <>…</>: a fragment, harmless
  if (!/^[a-z][a-z0-9]*$/.test(node.name) || !SCHEMA.tagNames.includes(node.name)) return true;
  const tagName = node.name;
  return !(node.attributes ?? []).every((attribute) => allowedJsxAttribute(tagName, attribute));
}

// ---------------------------------------------------------------------------------------------
// Cleaning a body
// ---------------------------------------------------------------------------------------------

/** Stands in for MDX code and JSX while sanitize() runs; never made from an editor's markup. */
const SLOT_TAG = 'bantin-mdx-slot';
const SLOT_KEY = 'bantinMdxSlot';

/** GFM writes table alignment as a style attribute, which the policy forbids: keep it as `align`. */
function alignment(element: Element, properties: Record<string, Value>): Record<string, Value> {
  const { style, ...rest } = properties;
  const align = typeof style === 'string' && /^\s*text-align:\s*(left|center|right)\s*;?\s*$/i.exec(style)?.[1];
  return align && ['th', 'td'].includes(element.tagName) ? { ...rest, align: align.toLowerCase() } : properties;
}

/**
 * Addresses as browsers read them: without leading and trailing spaces or control characters,
 * and with the scheme in lower case ("HTTPS:"), which the allowlist compares exactly.
 */
function normalisedUrls(properties: Record<string, Value>): Record<string, Value> {
  const normalised = { ...properties };
  for (const [key, value] of Object.entries(normalised)) {
    if (!URL_PROPERTIES.has(key) || typeof value !== 'string') continue;
    normalised[key] = value
      .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
      .replace(/^[a-z][a-z0-9+.-]*:/i, (scheme) => scheme.toLowerCase());
  }
  return normalised;
}

/** A copy of the tree that sanitize() can read: unsafe JSX removed, safe JSX and MDX code parked as elements. */
function prepare(node: Node, slots: Node[]): Node | undefined {
  const children = () => childrenOf(node).map((child) => prepare(child, slots)).filter((child): child is Node => child !== undefined);
  const slot = () => ({ [SLOT_KEY]: slots.push(node) - 1 });
  if (isJsx(node)) {
    if (unsafeJsx(node)) return undefined;
    const properties: Record<string, Value> = {};
    for (const attribute of node.attributes ?? []) {
      if (typeof attribute.value === 'string' || attribute.value == null) {
        const property = propertyName(attribute.name!);
        properties[property] = literalValue(property, attribute.value as string | null | undefined);
      }
    }
    return { type: 'element', tagName: node.name ?? SLOT_TAG, properties, children: children(), data: slot() };
  }
  if (isMdxCode(node)) return { type: 'element', tagName: SLOT_TAG, properties: {}, children: [], data: slot() };
  if (isElement(node)) return { ...node, properties: alignment(node, normalisedUrls(node.properties ?? {})), children: children() };
  return 'children' in node ? { ...node, children: children() } : node;
}

/** A node as plain data, without the handles satteri keeps on the nodes it hands out. */
function plain<N extends Node>(node: N): N {
  const { _resolver, _id, ...rest } = node as N & { _resolver?: unknown; _id?: unknown };
  return rest as unknown as N;
}

/** The JSX attributes of a parked element after cleaning: literal values from its properties, expressions as written. */
function jsxAttributes(original: JsxElement, properties: Record<string, Value>): JsxAttribute[] {
  const left = { ...properties };
  const attributes: JsxAttribute[] = [];
  for (const attribute of original.attributes ?? []) {
    if (typeof attribute.value !== 'string' && attribute.value != null) {
      attributes.push(attribute);
      continue;
    }
    const property = propertyName(attribute.name!);
    if (property in left) attributes.push(jsxAttribute(attribute.name!, left[property]));
    delete left[property];
  }
  for (const [property, value] of Object.entries(left)) attributes.push(jsxAttribute(attributeName(property), value));
  return attributes.filter((attribute) => attribute.value !== false);
}

function jsxAttribute(name: string, value: Value): JsxAttribute {
  const literal = value === true ? null : value === false || value == null ? false : Array.isArray(value) ? value.join(' ') : String(value);
  return { type: 'mdxJsxAttribute', name, value: literal };
}

/** Puts the parked JSX and MDX code back, with their cleaned attributes and children. */
function restore(node: Node, slots: Node[]): Node | undefined {
  const children = () => childrenOf(node).map((child) => restore(child, slots)).filter((child): child is Node => child !== undefined);
  if (!isElement(node)) return 'children' in node ? { ...plain(node), children: children() } : plain(node);
  const index = node.data?.[SLOT_KEY];
  const original = typeof index === 'number' ? slots[index] : undefined;
  if (!original) return node.tagName === SLOT_TAG ? undefined : { ...node, children: children() };
  if (!isJsx(original)) return plain(original);
  return { ...plain(original), attributes: jsxAttributes(original, node.properties), children: children() } as Node;
}

/** Calls `visit` on every element, parents before children. */
function eachElement(node: Node, visit: (element: Element, parent: Node) => void) {
  for (const child of childrenOf(node)) {
    if (isElement(child)) visit(child, node);
    eachElement(child, visit);
  }
}

/** Drops every address with an unsafe scheme, in any attribute of any element; a srcset with one bad candidate goes whole. */
function dropUnsafeUrls(element: Element) {
  for (const [key, value] of Object.entries(element.properties)) {
    if (!URL_PROPERTIES.has(key) || value == null || typeof value === 'boolean') continue;
    if (!safeAttribute(element.tagName, key, Array.isArray(value) ? value.join(' ') : String(value))) delete element.properties[key];
  }
}

/** A class list the schema emptied ("share" on a link) would print as class="". */
function dropEmptyLists(element: Element) {
  for (const [key, value] of Object.entries(element.properties)) if (Array.isArray(value) && value.length === 0) delete element.properties[key];
}

/** Root-relative addresses ("/anh/x.jpg") go under the deploy base. */
function underBase(element: Element, base: string) {
  const { properties } = element;
  for (const key of ['href', 'src', 'poster']) {
    if (typeof properties[key] === 'string') properties[key] = withBasePath(base, properties[key] as string);
  }
  if (typeof properties.srcSet === 'string') {
    properties.srcSet = joinSrcset(srcsetCandidates(properties.srcSet).map((c) => ({ ...c, url: withBasePath(base, c.url) })));
  }
}

/** True when the element would fetch something from another site. */
function loadsRemote(element: Element): boolean {
  const { src, srcSet } = element.properties;
  return (typeof src === 'string' && isRemote(src)) || (typeof srcSet === 'string' && srcsetCandidates(srcSet).some((c) => isRemote(c.url)));
}

/** A picture from another site is fetched only when scrolled to, without telling that site where the reader came from. */
function privatePicture(element: Element, parent: Node) {
  const inRemotePicture = isElement(parent) && parent.tagName === 'picture'
    && parent.children.some((child) => isElement(child) && child.tagName === 'source' && loadsRemote(child));
  if (!loadsRemote(element) && !inRemotePicture) return;
  Object.assign(element.properties, { loading: 'lazy', decoding: 'async', referrerPolicy: 'no-referrer' });
}

/** Video and audio fetch nothing before the reader presses play: no autoplay, preload none, and a poster only from this site. */
function quietMedia(element: Element) {
  const { properties } = element;
  delete properties.autoPlay;
  Object.assign(properties, { controls: true, preload: 'none' });
  if (typeof properties.poster === 'string' && isRemote(properties.poster)) delete properties.poster;
}

/** Links to other sites do not get a handle on this page. */
function externalLink(element: Element) {
  const { href } = element.properties;
  if (typeof href === 'string' && isRemote(href)) element.properties.rel = ['noopener', 'noreferrer'];
}

const prefixed = (value: string) => (value.startsWith(PREFIX) ? value : PREFIX + value);

/**
 * Ids, names and the attributes that point at them get the `user-content-` prefix, so a body
 * cannot take an id the page uses (`noi-dung`, `site-search`) or shadow a global by name.
 * Headings without an id get one the way Astro would, prefixed too. Returns the ids made.
 */
function prefixIds(root: Node): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  eachElement(root, (element) => {
    const { properties } = element;
    if (/^h[1-6]$/.test(element.tagName) && properties.id == null) properties.id = slugger.slug(textOf(element));
    for (const key of SCHEMA.clobber) {
      const value = properties[key];
      if (value == null || typeof value === 'boolean') continue;
      properties[key] = Array.isArray(value) ? value.map((item) => prefixed(String(item))) : prefixed(String(value));
    }
    for (const key of ['id', 'name']) if (typeof properties[key] === 'string') ids.add(properties[key] as string);
  });
  return ids;
}

/** In-page links ("#muc") follow the target's new id, when the body has one. */
function followIds(element: Element, ids: Set<string>) {
  const { href } = element.properties;
  if (typeof href !== 'string' || !href.startsWith('#')) return;
  let target = href.slice(1);
  try {
    target = decodeURIComponent(target);
  } catch {
    // A malformed escape: browsers look the fragment up as written.
  }
  if (!ids.has(target) && ids.has(prefixed(target))) element.properties.href = `#${PREFIX}${href.slice(1)}`;
}

/** The site's own rules, on a tree the allowlist has cleaned. */
function siteRules(root: Node, base: string) {
  const ids = prefixIds(root);
  eachElement(root, (element, parent) => {
    dropUnsafeUrls(element);
    dropEmptyLists(element);
    underBase(element, base);
    if (element.tagName === 'img') privatePicture(element, parent);
    if (element.tagName === 'video' || element.tagName === 'audio') quietMedia(element);
    if (element.tagName === 'a') externalLink(element);
    followIds(element, ids);
  });
}

/** Composes decomposed Vietnamese text ("ê" + "̣") to NFC. */
function composeText(node: Node) {
  if (node.type === 'text') (node as Text).value = (node as Text).value.normalize('NFC');
  childrenOf(node).forEach(composeText);
}

/** The cleaned copy of an article body's tree: Markdown with raw HTML, or MDX. */
export function cleanBody(root: Root, base: string): Root {
  const slots: Node[] = [];
  const prepared = prepare(root, slots) as Root;
  const tagNames = slots.length ? [...SCHEMA.tagNames, SLOT_TAG] : SCHEMA.tagNames;
  // clobber is applied by siteRules(), which also keeps in-page links working.
  const clean = sanitize(prepared as never, { ...SCHEMA, tagNames, clobber: [] }) as unknown as Node;
  siteRules(clean, base);
  composeText(clean);
  const restored = restore(clean, slots) as Root;
  return restored.type === 'root' ? restored : { type: 'root', children: [restored] };
}

/** The hast plugin for article bodies, for a site deployed under `base`. */
export const safeHtml = (base: string) => defineHastPlugin({
  name: 'bantin-safe-html',
  // The whole tree at once: sanitize() needs each element's ancestors, and in-page links need every id.
  before(root, ctx) {
    ctx.replaceNode(root, cleanBody(root as unknown as Root, base) as never);
  },
});

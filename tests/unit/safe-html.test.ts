import { defineHastPlugin, markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { isSafeUrl, safeHtml, SCHEMA, srcsetCandidates, unsafeJsx, withBasePath } from '../../src/lib/content/safe-html.ts';
import { attr, parseHtml } from '../helpers/html.ts';

const render = (markdown: string, base = '/') => markdownToHtml(markdown, { features: { rawHtml: true }, hastPlugins: [safeHtml(base)] }).html;

/** The compiled module of an MDX article, with the same plugin, as @astrojs/mdx does. */
const mdxCode = (source: string, base = '/') => {
  const result = mdxToJs(source, { hastPlugins: [safeHtml(base)] }) as unknown as { code?: string } | string;
  return typeof result === 'string' ? result : (result.code ?? '');
};

/** The body of an MDX article compiled with the same plugin. */
const mdxBody = (source: string, base = '/') => {
  const code = mdxCode(source, base);
  const [start, end] = [code.indexOf('function _createMdxContent'), code.indexOf('function MDXContent')];
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return code.slice(start, end);
};

describe('MDX article bodies', () => {
  it('remove JSX elements that could run code or inject markup', () => {
    for (const source of [
      '<script>{"alert(1)"}</script>',
      '<a href="javascript:alert(2)">x</a>',
      '<img src="x" onError="alert(3)" />',
      '<Fragment set:html="<b>x</b>" />',
      '<div {...{ id: 1 }}>y</div>',
      '<iframe src="https://example.org" />',
      '<a href={"java" + "script:alert(4)"}>z</a>',
      '<Component />',
    ]) {
      // Nothing is left of the element: the body renders an empty fragment.
      expect(mdxBody(source), source).toMatch(/return _jsx\(_Fragment, \{\}\);/);
    }
  });

  it('keep plain HTML, safe links and text', () => {
    const body = mdxBody('<p>Chữ <b>đậm</b> và <a href="https://hoi.vn/">liên kết</a></p>');
    expect(body).toContain('"đậm"');
    expect(body).toContain('href: "https://hoi.vn/"');
  });
});

describe('article body sanitising', () => {
  it('removes script, iframe, style, form and object elements', () => {
    const html = render(
      'A <script>alert(1)</script> B\n\n<iframe src="https://x"></iframe>\n\n<style>p{}</style>\n\n<form><input></form><object data="x"></object>',
    );
    expect(html).not.toMatch(/<script|<iframe|<style|<form|<input|<object|alert/);
    expect(html).toContain('A');
  });

  it('strips event handlers and style attributes but keeps the element', () => {
    const html = render('<img src="a.jpg" alt="ảnh" onerror="alert(1)" style="x">\n\n<div onclick="x()" ONMOUSEOVER="y()">chữ</div>');
    expect(html).toContain('<img src="a.jpg" alt="ảnh">');
    expect(html).toContain('<div>chữ</div>');
    expect(html).not.toMatch(/on\w+=|style=/i);
  });

  it('loads pictures from other sites lazily and without a referrer, and puts root paths under the base', () => {
    const html = render('![xa](https://example.com/a.jpg) ![gần](/anh/b.jpg)', '/bantin/');
    expect(html).toContain('<img src="https://example.com/a.jpg" alt="xa" loading="lazy" decoding="async" referrerpolicy="no-referrer">');
    expect(html).toContain('<img src="/bantin/anh/b.jpg" alt="gần">');
  });

  it('drops javascript:, vbscript: and data: URLs, however they are spelled', () => {
    const html = render(
      '[a](javascript:alert(1)) <a href="JaVaScRiPt:alert(2)">b</a> <a href=" java\tscript:x">c</a> <a href="vbscript:x">d</a> <a href="data:text/html,x">e</a>',
    );
    expect(html).not.toMatch(/href=/);
  });

  it('still cleans what is inside a link whose address was dropped', () => {
    const html = render('<a><script>alert(1)</script></a> <a href="javascript:x"><img src=x onerror=alert(1)></a> [![i](javascript:alert(1))](javascript:2)');
    expect(html).not.toMatch(/<script|onerror|javascript:|alert/i);
  });

  it('removes elements that browsers print raw, which would swallow the page', () => {
    expect(render('a <plaintext> b <xmp>x</xmp> <noembed>y</noembed>')).not.toMatch(/plaintext|xmp|noembed/);
  });

  it('keeps safe links and marks external ones noopener', () => {
    const html = render('[ngoài](https://example.org/) [thư](mailto:a@b.vn) [gọi](tel:+84) [trong](../x/) [neo](#muc)');
    expect(html).toContain('<a href="https://example.org/" rel="noopener noreferrer">ngoài</a>');
    expect(html).toContain('href="mailto:a@b.vn"');
    expect(html).toContain('href="tel:+84"');
    expect(html).toContain('href="../x/"');
    expect(html).toContain('href="#muc"');
  });

  it('puts root-relative links under the deploy base', () => {
    expect(render('[the](/the/)', '/bantin/')).toContain('href="/bantin/the/"');
    expect(withBasePath('/bantin/', '/bantin/the/')).toBe('/bantin/the/');
    expect(withBasePath('/bantin/', '//cdn.example/x')).toBe('//cdn.example/x');
    expect(withBasePath('/', '/the/')).toBe('/the/');
  });

  it('composes decomposed text to NFC', () => {
    expect(render('Tiếng Việt'.normalize('NFD'))).toContain('Tiếng Việt'.normalize('NFC'));
  });

  it('classifies URLs', () => {
    expect(isSafeUrl('https://a.vn')).toBe(true);
    expect(isSafeUrl('/x')).toBe(true);
    expect(isSafeUrl('javascript:1')).toBe(false);
    expect(isSafeUrl('\u0001javascript:1')).toBe(false);
    expect(isSafeUrl('file:///etc/passwd')).toBe(false);
  });
});

/** Every attribute of every element in some HTML, as a browser parses it: "tag attribute=value". */
const attributesOf = (html: string) => parseHtml(html).all.flatMap((el) => el.attrs.map(({ name, value }) => `${el.tagName} ${name}=${value}`));

describe('the allowlist', () => {
  it('is hast-util-sanitize’s default schema, extended', () => {
    for (const tag of ['a', 'img', 'table', 'details', 'figure', 'figcaption', 'video', 'audio', 'source', 'picture']) expect(SCHEMA.tagNames).toContain(tag);
    for (const tag of ['script', 'style', 'iframe', 'object', 'embed', 'form', 'base', 'meta', 'link', 'svg', 'math', 'template']) {
      expect(SCHEMA.tagNames).not.toContain(tag);
      expect(SCHEMA.strip).toContain(tag);
    }
    expect(SCHEMA.clobberPrefix).toBe('user-content-');
  });

  it('removes base, meta, object, embed, form, style, script, link, svg, math and template elements with what is inside', () => {
    const html = render(
      [
        '<base href="https://evil.example/">',
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
        '<meta http-equiv="Content-Security-Policy" content="script-src *">',
        '<link rel="stylesheet" href="https://evil.example/x.css">',
        '<object data="x.swf"><p>MARKER1</p></object><embed src="x.swf">',
        '<form action="/dang-nhap"><label>MARKER2</label><input name="mat-khau"><button>MARKER3</button></form>',
        '<style>body { display: none } MARKER4</style><script>MARKER5</script>',
        '<svg><script>MARKER6</script><a href="#">x</a></svg><math><mtext>MARKER7</mtext></math><template>MARKER8</template>',
        '<textarea>MARKER9</textarea><select><option>MARKER10</option></select><noscript>MARKER11</noscript>',
      ].join('\n'),
    );
    expect(html).not.toMatch(/<(base|meta|link|object|embed|form|input|button|style|script|svg|math|template|textarea|select|noscript)\b/i);
    expect(html).not.toMatch(/MARKER|evil/);
  });

  it('unwraps unknown elements, keeping their text', () => {
    expect(render('<center>giữa</center> <font color="red">chữ</font> <marquee>chạy</marquee>')).toBe('giữa chữ chạy\n');
  });

  it('drops attributes it does not name: event handlers, style, class, data-*, tabindex, accesskey, target', () => {
    const html = render(
      [
        '<div onclick="a()" ONMOUSEOVER="b()" onFocus="c()" autofocus style="position:fixed;inset:0" class="share skip-link" data-share-url="https://evil.example/" tabindex="1" accesskey="s">khối</div>',
        // The video facade script reads figure.video[data-embed]: a body cannot make one.
        '<figure class="video" data-embed="https://evil.example/"><a class="video__facade" href="https://hoi.vn/" target="_blank">x</a></figure>',
      ].join('\n'),
    );
    expect(html).toContain('<div>khối</div>');
    expect(html).toContain('<figure><a href="https://hoi.vn/" rel="noopener noreferrer">x</a></figure>');
    expect(attributesOf(html).filter((a) => !/^(a href|a rel)=/.test(a))).toEqual([]);
  });

  it('keeps what articles need: figures, tables with caption, spans and scope, picture attributes, details, marks', () => {
    const source = [
      '<figure><img src="anh.jpg" alt="Ảnh" title="Tiêu đề" width="640" height="480" loading="lazy" decoding="async"><figcaption>Chú thích</figcaption></figure>',
      '<table><caption>Bảng</caption><thead><tr><th scope="col" colspan="2">Cột</th></tr></thead><tbody><tr><td rowspan="2">1</td><td>2</td></tr></tbody></table>',
      '<details open><summary>Xem</summary><p><mark>đánh dấu</mark> <abbr title="Hội Liên hiệp Phụ nữ">Hội LHPN</abbr> <time datetime="2024-03-08">8/3</time> <small>nhỏ</small> <sub>1</sub><sup>2</sup> <kbd>K</kbd></p></details>',
    ].join('\n');
    expect(render(source)).toBe(source + '\n');
  });

  it('keeps the Markdown task list checkbox and table alignment (as align, since style attributes are refused)', () => {
    const html = render('- [ ] việc\n- [x] xong\n\n| a | b | c |\n|:-|:-:|-:|\n| 1 | 2 | 3 |');
    expect(html).toContain('<li class="task-list-item"><input type="checkbox" disabled> việc</li>');
    expect(html).toContain('<input type="checkbox" checked disabled>');
    expect(html).toContain('<th align="left">a</th>\n<th align="center">b</th>\n<th align="right">c</th>');
    expect(html).not.toContain('style=');
  });

  it('turns a form field written outside a task list into nothing', () => {
    expect(render('<p><input type="text" name="q" value="x"> chữ</p>')).toBe('<p> chữ</p>\n');
  });

  it('drops comments', () => {
    expect(render('a <!-- ghi chú --> b')).toBe('<p>a  b</p>\n');
  });
});

describe('addresses in any attribute', () => {
  /** Where an address can stand, with X for it. */
  const PLACES = [
    '<a href="X">a</a>',
    '<img src="X" alt="">',
    '<img src="a.jpg" srcset="X 2x" alt="">',
    '<img src="a.jpg" srcset="https://hoi.vn/a.jpg 1x, X 2x" alt="">',
    '<picture><source srcset="X"><img src="a.jpg" alt=""></picture>',
    '<video src="X"></video>',
    '<video poster="X"></video>',
    '<video><source src="X"></video>',
    '<audio src="X"></audio>',
    '<blockquote cite="X">t</blockquote>',
    '<q cite="X">t</q>',
    '<del cite="X">t</del>',
    '<ins cite="X">t</ins>',
    '<img src="a.jpg" longdesc="X" alt="">',
    '<form action="X"><p>f</p></form>',
    '<p><button formaction="X">b</button></p>',
    '<table background="X"><tr><td>1</td></tr></table>',
    '<object data="X"></object>',
    '<embed src="X">',
    '<iframe src="X"></iframe>',
    '<a href="/" ping="X">a</a>',
    '<a xlink:href="X">a</a>',
    '<svg><a xlink:href="X"><text>t</text></a></svg>',
    '<div itemscope itemtype="X">t</div>',
    '<link rel="stylesheet" href="X">',
    '<base href="X">',
    '<meta http-equiv="refresh" content="0;url=X">',
  ];
  /** Unsafe addresses, spelled the ways browsers still read as a scheme. */
  const UNSAFE = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;&#x61;vascript:alert(1)',
    'javascript&colon;alert(1)',
    'java&#x09;script:alert(1)',
    'java&#10;script:alert(1)',
    ' &#1;javascript:alert(1)',
    '\tjavascript:alert(1)',
    'jav\u0000ascript:alert(1)',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'DATA:text/html,alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'data:application/x-shockwave-flash,alert(1)',
  ];

  it('reads values decoded: hast resolves character references before the plugin sees them', () => {
    const seen: unknown[] = [];
    const spy = defineHastPlugin({ name: 'spy', element: { filter: ['a'], visit: (node) => void seen.push(node.properties?.href) } });
    markdownToHtml('<a href="&#106;ava&#x09;script&colon;x">a</a>', { features: { rawHtml: true }, hastPlugins: [spy] });
    expect(seen).toEqual(['java\tscript:x']);
  });

  for (const place of PLACES) {
    it(`rejects javascript:, vbscript: and data: however spelled in ${place.replace('X', '…')}`, () => {
      for (const unsafe of UNSAFE) {
        const html = render(place.replace('X', unsafe));
        expect(html, unsafe).not.toMatch(/alert|msgbox|text\/html|svg\+xml|shockwave|PHNjcmlw/i);
      }
    });
  }

  it('keeps safe addresses in the places articles use', () => {
    const html = render(
      [
        '<a href="https://hoi.vn/">a</a> <a href="mailto:hoi@hoi.vn">m</a> <a href="tel:+84123">t</a> <a href="../bai/">r</a> <a href="?trang=2">q</a>',
        '<img src="https://hoi.vn/a.jpg" srcset="https://hoi.vn/a.jpg 1x, https://hoi.vn/b.jpg 2x" longdesc="https://hoi.vn/mo-ta/" alt="">',
        '<picture><source srcset="https://hoi.vn/a.webp" type="image/webp"><img src="a.jpg" alt=""></picture>',
        '<video src="https://hoi.vn/v.mp4" poster="p.jpg"><source src="https://hoi.vn/v.webm" type="video/webm"></video><audio src="a.mp3"></audio>',
        '<blockquote cite="https://hoi.vn/nguon/">t</blockquote>',
      ].join('\n'),
    );
    for (const kept of [
      'href="https://hoi.vn/"',
      'href="mailto:hoi@hoi.vn"',
      'href="tel:+84123"',
      'href="../bai/"',
      'href="?trang=2"',
      'srcset="https://hoi.vn/a.jpg 1x, https://hoi.vn/b.jpg 2x"',
      'longdesc="https://hoi.vn/mo-ta/"',
      'srcset="https://hoi.vn/a.webp"',
      'src="https://hoi.vn/v.mp4"',
      'poster="p.jpg"',
      'src="https://hoi.vn/v.webm"',
      'src="a.mp3"',
      'cite="https://hoi.vn/nguon/"',
    ]) {
      expect(html).toContain(kept);
    }
  });

  it('drops a whole srcset when one candidate is unsafe', () => {
    const html = render('<img src="a.jpg" srcset="https://hoi.vn/a.jpg 1x, javascript:alert(1) 2x" alt="">');
    expect(html).toBe('<img src="a.jpg" alt="">\n');
  });

  it('allows data: pictures in PNG, JPEG, GIF, WebP and AVIF where a picture goes, and nowhere else', () => {
    for (const type of ['png', 'jpeg', 'gif', 'webp', 'avif']) {
      expect(render(`<img src="data:image/${type};base64,AAAA" alt="">`)).toContain(`src="data:image/${type};base64,AAAA"`);
    }
    expect(render('<img srcset="data:image/png;base64,AA,AA 1x, /b.png 2x" alt="">', '/bantin/')).toContain(
      'srcset="data:image/png;base64,AA,AA 1x, /bantin/b.png 2x"',
    );
    expect(render('<a href="data:image/png;base64,AAAA">a</a>')).toBe('<p><a>a</a></p>\n');
    expect(render('<video><source src="data:image/png;base64,AAAA"></video>')).not.toContain('data:');
  });

  it('reads spaces around an address and an upper-case scheme as browsers do', () => {
    expect(render('<a href="  https://hoi.vn/ ">a</a> <a href="HTTPS://HOI.VN/">b</a>')).toBe(
      '<p><a href="https://hoi.vn/" rel="noopener noreferrer">a</a> <a href="https://HOI.VN/" rel="noopener noreferrer">b</a></p>\n',
    );
  });

  it('parses srcset candidates as browsers do', () => {
    expect(srcsetCandidates(' a.jpg 1x,b.jpg  2x , data:image/png;base64,x,y 3x,, c.jpg')).toEqual([
      { url: 'a.jpg', descriptor: '1x' },
      { url: 'b.jpg', descriptor: '2x' },
      { url: 'data:image/png;base64,x,y', descriptor: '3x' },
      { url: 'c.jpg', descriptor: '' },
    ]);
  });

  it('classifies data: URLs', () => {
    expect(isSafeUrl('data:image/png;base64,AAAA', { picture: true })).toBe(true);
    expect(isSafeUrl('data:image/png;base64,AAAA')).toBe(false);
    expect(isSafeUrl('data:image/svg+xml,<svg/>', { picture: true })).toBe(false);
    expect(isSafeUrl('data:text/html,x', { picture: true })).toBe(false);
    expect(isSafeUrl('vbscript:x')).toBe(false);
  });
});

describe('media from other sites', () => {
  it('never autoplays or preloads video and audio, always shows controls, and drops a poster from another site', () => {
    const html = render(
      '<video autoplay muted loop preload="auto" src="https://cdn.example/v.mp4" poster="https://cdn.example/p.jpg"></video>\n<audio autoplay preload="metadata" src="https://cdn.example/a.mp3"></audio>',
    );
    expect(html).toContain('<video muted loop src="https://cdn.example/v.mp4" controls preload="none"></video>');
    expect(html).toContain('<audio src="https://cdn.example/a.mp3" controls preload="none"></audio>');
    expect(html).not.toMatch(/autoplay|poster/);
  });

  it('keeps a poster from this site, under the base', () => {
    expect(render('<video src="/v.mp4" poster="/p.jpg"></video>', '/bantin/')).toContain(
      '<video src="/bantin/v.mp4" poster="/bantin/p.jpg" controls preload="none"></video>',
    );
  });

  it('loads a picture lazily and without referrer when any of its sources is on another site', () => {
    const lazy = 'loading="lazy" decoding="async" referrerpolicy="no-referrer"';
    expect(render('<picture><source srcset="https://cdn.example/a.webp" type="image/webp"><img src="/a.jpg" alt=""></picture>', '/bantin/')).toContain(
      `<img src="/bantin/a.jpg" alt="" ${lazy}>`,
    );
    expect(render('<img src="/a.jpg" srcset="//cdn.example/a.jpg 2x" alt="">')).toContain(lazy);
    expect(render('<img src="/a.jpg" srcset="/b.jpg 2x" alt="">')).not.toContain('loading=');
  });

  it('drops text tracks and sources outside a media element', () => {
    expect(render('<video src="v.mp4"><track src="https://cdn.example/t.vtt" default></video><p><source src="x.mp4"></p>')).not.toMatch(/track|x\.mp4/);
  });
});

describe('ids and names', () => {
  it('prefix ids and names, so a body cannot take the page’s own or shadow a global', () => {
    const html = render('<h2 id="noi-dung">A</h2>\n<p><a name="site-search">b</a> <img name="getElementById" src="a.jpg" alt=""></p>');
    expect(html).toContain('<h2 id="user-content-noi-dung">A</h2>');
    expect(html).toContain('<a name="user-content-site-search">b</a>');
    expect(html).toContain('name="user-content-getElementById"');
  });

  it('give headings an id from their text, prefixed too, as Astro would without the prefix', () => {
    const html = render('## lien quan\n\n## Mục lục\n\n## Mục lục');
    expect(html).toContain('<h2 id="user-content-lien-quan">');
    expect(html).toContain('<h2 id="user-content-mục-lục">');
    expect(html).toContain('<h2 id="user-content-mục-lục-1">');
  });

  it('keep in-page links working, and leave links to the page’s own anchors alone', () => {
    const html = render('## lien quan\n\n<h3 id="muc">M</h3>\n\n[a](#lien-quan) [b](#muc) [c](#Mục-lục) [d](#noi-dung)\n\n## Mục lục');
    expect(html).toContain('<a href="#user-content-lien-quan">a</a>');
    expect(html).toContain('<a href="#user-content-muc">b</a>');
    expect(html).toContain('<a href="#noi-dung">d</a>');
    // Percent-encoded by Markdown, matched decoded.
    const encoded = render('## Mục lục\n\n[c](#mục-lục)');
    const href = /<a href="([^"]+)">c<\/a>/.exec(encoded)![1];
    expect(decodeURIComponent(href)).toBe('#user-content-mục-lục');
  });

  it('keep table headers and footnotes pointing at their targets', () => {
    expect(render('<table><tr><th id="h">a</th></tr><tr><td headers="h">b</td></tr></table>')).toContain('<td headers="user-content-h">');
    const html = render('Chữ[^1]\n\n[^1]: Ghi chú');
    const ids = new Set(
      parseHtml(html)
        .all.map((el) => attr(el, 'id'))
        .filter(Boolean),
    );
    const targets = parseHtml(html)
      .all.flatMap((el) => [attr(el, 'href')?.slice(1), ...(attr(el, 'aria-describedby')?.split(' ') ?? [])])
      .filter(Boolean);
    expect(targets.length).toBeGreaterThanOrEqual(3);
    for (const target of targets) expect(ids, target).toContain(target);
    for (const id of ids) expect(id).toMatch(/^user-content-/);
  });
});

describe('MDX JSX against the same allowlist', () => {
  it('removes JSX elements with a tag or attribute the allowlist does not name, or an expression where it cannot check one', () => {
    for (const source of [
      '<p class="lead">chữ</p>',
      '<div data-x="1">chữ</div>',
      '<video autoPlay src="v.mp4" />',
      '<a href="/" target="_blank">x</a>',
      '<p style={{ color: "red" }}>x</p>',
      '<h2 id={"noi-dung"}>x</h2>',
      '<img src={"javascript:alert(1)"} alt="" />',
      '<center>x</center>',
      '<a href="vbscript:msgbox(1)">x</a>',
      '<img src="data:image/svg+xml,x" alt="" />',
      '<input type="text" />',
      '<base href="https://evil.example/" />',
    ]) {
      expect(mdxBody(source), source).toMatch(/return _jsx\(_Fragment, \{\}\);/);
    }
  });

  it('applies the site’s rules to the JSX it keeps: prefixed ids, in-page links, base path, private pictures, quiet media', () => {
    const body = mdxBody(
      [
        '<h2 id="noi-dung">Đầu</h2>',
        '',
        '<p><a href="#noi-dung">neo</a> <a href="/the/" title={"t" + 1}>thẻ</a> <a href="https://hoi.vn/">ngoài</a></p>',
        '',
        '<img src="https://cdn.example/a.jpg" alt="ảnh" />',
        '',
        '<video src="https://cdn.example/v.mp4" />',
      ].join('\n'),
      '/bantin/',
    );
    expect(body).toContain('id: "user-content-noi-dung"');
    expect(body).toContain('href: "#user-content-noi-dung"');
    expect(body).toMatch(/href: "\/bantin\/the\/",\s+title: "t" \+ 1/);
    expect(body).toMatch(/href: "https:\/\/hoi\.vn\/",\s+rel: "noopener noreferrer"/);
    expect(body).toMatch(/loading: "lazy",\s+decoding: "async",\s+referrerpolicy: "no-referrer"/);
    expect(body).toMatch(/src: "https:\/\/cdn\.example\/v\.mp4",\s+controls: true,\s+preload: "none"/);
  });

  it('cleans the Markdown inside MDX with the same schema, and keeps imports, exports and expressions', () => {
    const code = mdxCode('export const nam = 2024;\n\n## Năm {nam}\n\n[x](javascript:alert(1)) ![a](javascript:alert(2))');
    expect(code).toContain('export const nam = 2024;');
    expect(code).toMatch(/children: \["Năm ", nam\]/);
    expect(code).not.toMatch(/javascript|alert/);
  });

  it('judges JSX elements with the schema', () => {
    expect(unsafeJsx({ name: 'td', attributes: [{ type: 'mdxJsxAttribute', name: 'colspan', value: '2' }] })).toBe(false);
    expect(unsafeJsx({ name: 'td', attributes: [{ type: 'mdxJsxAttribute', name: 'colSpan', value: '2' }] })).toBe(false);
    expect(unsafeJsx({ name: 'img', attributes: [{ type: 'mdxJsxAttribute', name: 'loading', value: 'eager' }] })).toBe(false);
    expect(unsafeJsx({ name: 'img', attributes: [{ type: 'mdxJsxAttribute', name: 'loading', value: 'auto' }] })).toBe(true);
    expect(unsafeJsx({ name: 'code', attributes: [{ type: 'mdxJsxAttribute', name: 'class', value: 'language-js' }] })).toBe(false);
    expect(unsafeJsx({ name: 'code', attributes: [{ type: 'mdxJsxAttribute', name: 'class', value: 'share' }] })).toBe(true);
    expect(unsafeJsx({ name: 'a', attributes: [{ type: 'mdxJsxAttribute', name: 'onclick', value: 'x()' }] })).toBe(true);
    expect(unsafeJsx({ name: 'a', attributes: [{ type: 'mdxJsxExpressionAttribute', value: '{...x}' }] })).toBe(true);
    expect(unsafeJsx({ name: null })).toBe(false);
  });
});

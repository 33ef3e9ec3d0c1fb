import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { imageReferences, isLocalPath, linkReferences, linkedArticleSlug } from '../../src/lib/content/references.ts';

const body = `Mở đầu.

![Ảnh lớp học](./anh/lop.jpg "Lớp học")
<img alt="" src="../anh/b.png">

Xem [bài cũ](/bai-viet/bai-cu/) và [ngoài](https://example.vn/) và [mục](#muc).

\`\`\`
![ví dụ](./khong-phai-anh-that.jpg)
\`\`\`
`;

describe('references in a body', () => {
  it('finds Markdown and HTML images with their line and alt text, skipping code', () => {
    expect(imageReferences(body)).toEqual([
      { target: './anh/lop.jpg', alt: 'Ảnh lớp học', line: 3 },
      { target: '../anh/b.png', alt: '', line: 4, html: true },
    ]);
  });

  it('finds links, not images, with their line', () => {
    expect(linkReferences(body).map((l) => [l.target, l.line])).toEqual([
      ['/bai-viet/bai-cu/', 6],
      ['https://example.vn/', 6],
      ['#muc', 6],
    ]);
  });

  it('resolves reference-style images and links to their definitions, at the line they are used', () => {
    const text = [
      '![Lớp học][lop] và ![anh-2][]',
      '',
      'Đọc [bài cũ][cu], rồi [cu].',
      '',
      '[lop]: ./anh/lop.jpg "Lớp"',
      '[ANH-2]: <./anh/hai anh.jpg>',
      '[cu]: /bai-viet/bai-cu/',
      '[cu]: /bai-viet/bai-khac/',
    ].join('\n');
    expect(imageReferences(text)).toEqual([
      { target: './anh/lop.jpg', alt: 'Lớp học', line: 1 },
      { target: './anh/hai anh.jpg', alt: 'anh-2', line: 1 },
    ]);
    expect(linkReferences(text)).toEqual([
      { target: '/bai-viet/bai-cu/', line: 3 },
      { target: '/bai-viet/bai-cu/', line: 3 },
    ]);
  });

  it('reads alt and link text that hold brackets, and an image inside a link', () => {
    const text = '![Ảnh [cũ] của lớp](./a.jpg) [xem [ghi chú]](/bai-viet/x/)\n[![Bìa](./bia.jpg)](/bai-viet/y/ "Bài y") \\![không phải ảnh](./z.jpg)';
    expect(imageReferences(text)).toEqual([
      { target: './a.jpg', alt: 'Ảnh [cũ] của lớp', line: 1 },
      { target: './bia.jpg', alt: 'Bìa', line: 2 },
    ]);
    expect(linkReferences(text).map((l) => [l.target, l.line])).toEqual([
      ['/bai-viet/x/', 1],
      ['/bai-viet/y/', 2],
      ['./z.jpg', 2],
    ]);
  });

  it('ignores images and links in fenced, indented and inline code', () => {
    const text = [
      '````md',
      '```',
      '![trong](./a.jpg)',
      '```',
      '[trong](/bai-viet/a/)',
      '````',
      '',
      '    ![thụt lề](./b.jpg) <img src="./c.jpg">',
      '',
      'Viết ``![mã `có` dấu](./d.jpg)`` hoặc `<a href="/bai-viet/d/">`, còn đây là ![thật](./e.jpg).',
    ].join('\n');
    expect(imageReferences(text)).toEqual([{ target: './e.jpg', alt: 'thật', line: 10 }]);
    expect(linkReferences(text)).toEqual([]);
  });

  it('reads HTML tags as HTML: quotes, ">" in values, line within a block, comments left out', () => {
    const text = [
      '<figure>',
      "  <img alt='Bắc > Nam' src='./a.jpg'>",
      '  <figcaption><a title="x" href="/bai-viet/a/">bài a</a></figcaption>',
      '</figure>',
      '',
      '<!-- cũ:',
      '![bỏ](./bo.jpg) <img src="./bo2.jpg">',
      '',
      '[bỏ](/bai-viet/bo/) -->',
      '',
      'Chữ <img src="./b.png"> và <!-- <a href="/bai-viet/c/"> --> <a href="/bai-viet/d/">d</a>.',
    ].join('\n');
    expect(imageReferences(text)).toEqual([
      { target: './a.jpg', alt: 'Bắc > Nam', line: 2, html: true },
      { target: './b.png', alt: undefined, line: 11, html: true },
    ]);
    expect(linkReferences(text)).toEqual([
      { target: '/bai-viet/a/', line: 3 },
      { target: '/bai-viet/d/', line: 11 },
    ]);
  });

  it('keeps lines right inside lists, quotes and tables', () => {
    const text = [
      '- một',
      '- hai ![a](./a.jpg)',
      '',
      '> trích',
      '> [b](/bai-viet/b/)',
      '',
      '| Ảnh | Bài |',
      '| --- | --- |',
      '| ![c](./c.jpg) | [d](/bai-viet/d/) |',
    ].join('\n');
    expect(imageReferences(text).map((i) => [i.target, i.line])).toEqual([
      ['./a.jpg', 2],
      ['./c.jpg', 9],
    ]);
    expect(linkReferences(text).map((l) => [l.target, l.line])).toEqual([
      ['/bai-viet/b/', 5],
      ['/bai-viet/d/', 9],
    ]);
  });

  it('reads MDX bodies without failing, and takes components for what they are', () => {
    const text = [
      "import anh from './anh.jpg';",
      "import { Image } from 'astro:assets';",
      '',
      'export const year = 2024;',
      '',
      '<Image src="./anh.jpg" alt="Ảnh" />',
      '',
      'Năm {year}: <img src={anh} alt="" /> <Link href="/bai-viet/a/">a</Link> <Foo',
      '',
      '![Thật](./that.jpg)',
    ].join('\n');
    expect(imageReferences(text)).toEqual([{ target: './that.jpg', alt: 'Thật', line: 10 }]);
    expect(linkReferences(text)).toEqual([]);
  });

  it('recognises local paths and article links', () => {
    expect(isLocalPath('./a.jpg')).toBe(true);
    expect(isLocalPath('https://a.vn/x.jpg')).toBe(false);
    expect(isLocalPath('//cdn/x.jpg')).toBe(false);
    expect(linkedArticleSlug('/bai-viet/tap-huan/')).toBe('tap-huan');
    expect(linkedArticleSlug('/bantin/bai-viet/tap-huan/#muc')).toBe('tap-huan');
    expect(linkedArticleSlug('/the/tap-huan/')).toBeUndefined();
  });
});

describe('bodies without any link syntax', () => {
  it('hold no reference when parsed in full either, so skipping their parse loses nothing', () => {
    // Markdown punctuation, letters with marks, line breaks: everything but "[", "<", "://" and "www.".
    const text = fc.stringMatching(/^[a-zA-Zăâđêôơưạảấầẩẫậ0-9 \n*_`#>!()\]{}|~:\/.,;=+-]{0,200}$/).filter((s) => !/:\/\/|www\./i.test(s));
    fc.assert(
      fc.property(text, (body) => {
        expect(imageReferences(body)).toEqual([]);
        expect(linkReferences(body)).toEqual([]);
        const tree = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
        const kinds = new Set<string>();
        const walk = (node: Nodes) => {
          kinds.add(node.type);
          if ('children' in node) node.children.forEach(walk);
        };
        walk(tree);
        for (const kind of ['link', 'image', 'linkReference', 'imageReference', 'definition', 'html'])
          expect(kinds.has(kind), `${kind} in ${JSON.stringify(body)}`).toBe(false);
      }),
      { seed: 20261204, numRuns: 2000 },
    );
  });
});

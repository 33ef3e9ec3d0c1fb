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

  it('recognises local paths and article links', () => {
    expect(isLocalPath('./a.jpg')).toBe(true);
    expect(isLocalPath('https://a.vn/x.jpg')).toBe(false);
    expect(isLocalPath('//cdn/x.jpg')).toBe(false);
    expect(linkedArticleSlug('/bai-viet/tap-huan/')).toBe('tap-huan');
    expect(linkedArticleSlug('/bantin/bai-viet/tap-huan/#muc')).toBe('tap-huan');
    expect(linkedArticleSlug('/the/tap-huan/')).toBeUndefined();
  });
});

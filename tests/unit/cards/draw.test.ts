import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import sharp from 'sharp';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, cardSvg, type CardData, type CardStyle } from '../../../src/lib/cards/draw.ts';
import { CARD_FONT_FILE, cardFont } from '../../../src/lib/cards/font.ts';
import { cachedCard, cardKey, CARD_CACHE, logoPicture, pruneCards, renderCard } from '../../../src/lib/cards/render.ts';

const ROOT = join(import.meta.dirname, '../../..');
const REFERENCE = join(import.meta.dirname, '__snapshots__/vietnamese-title.png');
const LOGO = await logoPicture(readFileSync(join(ROOT, 'public/logo.svg')));
const STYLE: CardStyle = { background: '#9d1c4d', text: '#ffffff', accent: '#1f5f8b', logoPng: LOGO.toString('base64') };
/** Every Vietnamese letter with its own mark, and the five tones on a, ơ and ư. */
const VIETNAMESE = 'Ă Â Đ Ê Ô Ơ Ư ă â đ ê ô ơ ư — à á ả ã ạ ờ ớ ở ỡ ợ ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ';
const card = (title: string, extra: Partial<CardData> = {}): CardData => ({
  kicker: 'Hoạt động Hội',
  title,
  date: '09/04/2021',
  siteName: 'Bản tin Hội LHPN',
  association: 'Hội Liên hiệp Phụ nữ',
  ...extra,
});

/** Share of pixels that differ clearly (by more than 48 of 255 in a channel) between two PNGs of the same size. */
async function difference(a: Buffer, b: Buffer): Promise<number> {
  const [x, y] = await Promise.all([a, b].map((png) => sharp(png).removeAlpha().raw().toBuffer()));
  expect(x.length).toBe(y.length);
  let differing = 0;
  for (let i = 0; i < x.length; i += 3) {
    if (Math.abs(x[i] - y[i]) > 48 || Math.abs(x[i + 1] - y[i + 1]) > 48 || Math.abs(x[i + 2] - y[i + 2]) > 48) differing++;
  }
  return differing / (x.length / 3);
}

describe('social cards', () => {
  it('draw from a font that has every Vietnamese letter and tone mark', () => {
    const font = fontkit.create(readFileSync(CARD_FONT_FILE)) as fontkit.Font;
    // Consonants as they are; every vowel bare and with each of the five tones.
    const tones = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
    const letters = [...'bcdđghklmnpqrstvx', ...[...'aăâeêioôơuưy'].flatMap((v) => [v, ...tones.map((m) => (v + m).normalize('NFC'))])];
    const missing = letters.flatMap((l) => [l, l.toUpperCase()]).filter((l) => font.glyphsForString(l).some((g) => g.id === 0));
    expect(missing).toEqual([]);
  });

  it('draw a title with every Vietnamese letter and tone as the stored reference does', async () => {
    const png = await renderCard(card(VIETNAMESE), STYLE);
    if (process.env.UPDATE_CARD_REFERENCE === '1' || !existsSync(REFERENCE)) {
      // A missing reference is written (and the test fails) so that it is looked at before it is committed.
      writeFileSync(REFERENCE, png);
      expect.fail(`reference written to ${REFERENCE}: look at it, then commit it`);
    }
    expect(await difference(png, readFileSync(REFERENCE))).toBeLessThan(0.002);
    // The comparison can fail: the same title without its marks is clearly another picture.
    const bare = await renderCard(
      card(
        VIETNAMESE.normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/[đĐ]/g, 'd'),
      ),
      STYLE,
    );
    expect(await difference(bare, readFileSync(REFERENCE))).toBeGreaterThan(0.002);
  });

  it('are 1200×630 PNGs of a few dozen KB', async () => {
    const png = await renderCard(card('Hội nghị tổng kết công tác Hội và phong trào phụ nữ thành phố năm 2024, triển khai nhiệm vụ năm 2025'), STYLE);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', CARD_WIDTH, CARD_HEIGHT]);
    expect(png.length).toBeLessThan(60_000);
  });

  it('keep a hostile title inert: letters drawn as outlines, never as markup, the SVG well-formed', () => {
    const title = `<script>alert(1)</script> "ngoặc" & ' <b onload="x()">đậm</b> ]]> <!-- \u000b\u0000 tin`;
    const svg = cardSvg(card(title, { kicker: '<img src=x onerror=alert(2)>', association: '</svg><script>alert(3)</script>' }), STYLE, cardFont());
    expect(XMLValidator.validate(svg)).toBe(true);
    // The only elements are the card's own, and no character XML forbids is written.
    expect(new Set([...svg.matchAll(/<([a-zA-Z][\w:-]*)/g)].map(([, tag]) => tag))).toEqual(new Set(['svg', 'rect', 'path', 'g', 'image']));
    expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(svg).not.toMatch(/script|onload|onerror/i);
  });

  it('draw a title of letters the font lacks as the site’s name, not as an empty card', () => {
    const font = cardFont();
    expect(cardSvg(card('🎉🌸 妇女节'), STYLE, font)).toBe(cardSvg(card('Bản tin Hội LHPN'), STYLE, font));
  });

  it('take a logo of any kind as a picture, so its markup cannot break the card', () => {
    const svg = cardSvg(card('Tiêu đề'), { ...STYLE, logoPng: 'iVBOR"/><script>x</script>' }, cardFont());
    expect(svg).toContain('href="data:image/png;base64,iVBOR/scriptx/script"');
    expect(XMLValidator.validate(svg)).toBe(true);
  });

  it('refuse a colour from the config that could break out of the SVG', () => {
    const svg = cardSvg(card('Tiêu đề'), { ...STYLE, background: 'red"/><script>alert(1)</script>', accent: 'url(javascript:x)' }, cardFont());
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('javascript');
    expect(XMLValidator.validate(svg)).toBe(true);
  });

  it('leave out characters the font has no letter for (emoji, other scripts) instead of drawing empty boxes', () => {
    const font = cardFont();
    expect(font.drawable('Chúc mừng 🎉🌸 ngày 8/3 — 妇女节  vui vẻ')).toBe('Chúc mừng ngày 8/3 — vui vẻ');
    const svg = (title: string) => cardSvg(card(title), STYLE, font);
    expect(svg('Chúc mừng 🎉 ngày 8/3')).toBe(svg('Chúc mừng ngày 8/3'));
    // The font's empty-box glyph never appears.
    expect(font.outline('🎉', 60, 0, 0)).toBe(font.outline('', 60, 0, 0));
  });

  it('shorten a very long title with an ellipsis', () => {
    const svg = cardSvg(card('rất dài '.repeat(60)), STYLE, cardFont());
    const ellipsis = cardFont()
      .outline('…', 56, 0, 0)
      .replace(/translate\([^)]*\) /g, '');
    expect(svg.replace(/translate\([^)]*\) /g, '')).toContain(ellipsis);
  });

  it('are drawn once: the cache answers while nothing they show changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bantin-cards-'));
    const counts = { hits: 0, drawn: 0 };
    const first = await cachedCard(card('Tập huấn'), STYLE, dir, counts);
    const again = await cachedCard(card('Tập huấn'), STYLE, dir, counts);
    await cachedCard(card('Tập huấn', { date: '10/04/2021' }), STYLE, dir, counts);
    expect(counts).toEqual({ hits: 1, drawn: 2 });
    expect(again.equals(first)).toBe(true);
    expect(readdirSync(join(dir, CARD_CACHE)).sort()).toEqual(
      [`${cardKey(card('Tập huấn'), STYLE)}.png`, `${cardKey(card('Tập huấn', { date: '10/04/2021' }), STYLE)}.png`].sort(),
    );
    expect(cardKey(card('Tập huấn'), { ...STYLE, background: '#000000' })).not.toBe(cardKey(card('Tập huấn'), STYLE));

    // A later build that no longer shows the first card (the date was corrected) leaves only the second in the cache.
    writeFileSync(join(dir, CARD_CACHE, 'other-build.png.123.tmp'), '');
    expect(pruneCards(dir, [{ card: card('Tập huấn', { date: '10/04/2021' }) }], STYLE)).toBe(1);
    expect(readdirSync(join(dir, CARD_CACHE)).sort()).toEqual([`${cardKey(card('Tập huấn', { date: '10/04/2021' }), STYLE)}.png`, 'other-build.png.123.tmp']);
    expect(pruneCards(join(dir, 'missing'), [], STYLE)).toBe(0);
  });
});

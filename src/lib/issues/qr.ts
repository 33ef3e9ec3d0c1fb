import QRCode from 'qrcode';

/** A QR code of `url` as inline SVG (vector, no font, no picture file), labelled for screen readers and tagged PDF. */
export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
  const escaped = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return svg
    .replace('<svg ', `<svg role="img" aria-label="${escaped}" `)
    .replace(/<\?xml[^>]*>/, '')
    .trim();
}

/** YouTube links in the `video` field, reduced to the video id so the page never embeds a raw URL. */

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

/** The 11-character id of a YouTube link (watch, youtu.be, embed, shorts, live), or undefined. */
export function youtubeId(link: string): string | undefined {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.replace(/^(www|m|music)\./, '');
  let id: string | null | undefined;
  if (host === 'youtu.be') id = url.pathname.split('/')[1];
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const [, kind, value] = url.pathname.split('/');
    id = kind === 'watch' ? url.searchParams.get('v') : ['embed', 'shorts', 'live', 'v'].includes(kind) ? value : undefined;
  }
  return id && YOUTUBE_ID.test(id) ? id : undefined;
}

/** Privacy-enhanced embed address, loaded only after the reader clicks play. */
export const youtubeEmbedUrl = (id: string) => `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`;
/** Thumbnail shown in the facade: served from the site itself is impossible, so it too waits for the click. */
export const youtubeWatchUrl = (id: string) => `https://www.youtube.com/watch?v=${id}`;

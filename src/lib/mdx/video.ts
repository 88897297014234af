/**
 * Videos: the host's name and the privacy-friendly embed address (Vimeo with dnt=1, YouTube via
 * youtube-nocookie), used only after the visitor clicks.
 */

/**
 * The video host's name as visitors know it, from a video URL.
 * @example videoHost('https://youtu.be/abc') // 'YouTube'
 */
export function videoHost(url: string): string {
  const host = new URL(url).hostname.replace(/^www\./, '');
  return host === 'vimeo.com' ? 'Vimeo' : 'YouTube';
}

/**
 * The address to embed after the click, or undefined when the URL names no video we can embed.
 * @example embedUrl('https://vimeo.com/461763730/8ce75e8ef9') // 'https://player.vimeo.com/video/461763730?h=8ce75e8ef9&dnt=1'
 */
export function embedUrl(url: string): string | undefined {
  const parsed = new URL(url);
  const host = parsed.hostname.replace(/^www\./, '');
  if (host === 'vimeo.com') {
    // vimeo.com/<id>[/<hash>] and vimeo.com/<account>/review/<id>/<hash>
    const match = /^\/(?:[^/]+\/review\/)?(\d+)(?:\/([0-9a-f]+))?/.exec(parsed.pathname);
    if (!match) return undefined;
    const hash = match[2] ? `h=${match[2]}&` : '';
    return `https://player.vimeo.com/video/${match[1]}?${hash}dnt=1`;
  }
  const id = host === 'youtu.be' ? parsed.pathname.slice(1) : parsed.searchParams.get('v');
  if (!id || !/^[\w-]{6,}$/.test(id)) return undefined;
  const start = Number.parseInt(parsed.searchParams.get('t') ?? '', 10);
  return `https://www.youtube-nocookie.com/embed/${id}${Number.isFinite(start) && start > 0 ? `?start=${start}` : ''}`;
}

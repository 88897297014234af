/**
 * Videos: the host's name and the privacy-friendly embed address (Vimeo with dnt=1, YouTube via
 * youtube-nocookie), used only after the visitor clicks.
 */

import { VideoUrlSchema } from '../../schemas/fragments.ts';

/** Where the players are that a video is embedded from after the click: the CSP's frame-src, and the last wall's rule. */
export const VIDEO_EMBED_ORIGINS = ['https://player.vimeo.com', 'https://www.youtube-nocookie.com'] as const;

/**
 * Why a video address is refused, or undefined when it is a film on Vimeo or YouTube over https: the
 * one rule that the validator (for `<Video url>` and a meeting's `videos`) and the Video component
 * itself apply.
 * @example videoUrlProblem('https://vimeo.com/1') // undefined
 * @example videoUrlProblem('javascript:alert(1)') // 'ska vara en adress som börjar med https://'
 */
export function videoUrlProblem(url: string): string | undefined {
  try {
    const result = VideoUrlSchema.safeParse(url);
    return result.success ? undefined : (result.error.issues[0]?.message ?? 'är ingen filmadress');
  } catch {
    // The schema's host check throws on text that is no address at all.
    return 'ska vara en adress som börjar med https://';
  }
}

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

/**
 * What the Video component shows for its `url` prop: the host's name and the address to embed after
 * the click. A refused address (see {@link videoUrlProblem}) fails the build here, so no link or
 * frame to another origin is written even when the validator did not run.
 * @throws Error with a Swedish message naming the address and what is wrong
 * @example videoFacade('https://vimeo.com/1').host // 'Vimeo'
 */
export function videoFacade(url: string): { host: string; embed: string | undefined } {
  const problem = videoUrlProblem(url);
  if (problem !== undefined) {
    throw new Error(`<Video url="${url}">: adressen ${problem}. Rätta adressen och kör npm run validate.`);
  }
  return { host: videoHost(url), embed: embedUrl(url) };
}

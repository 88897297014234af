/**
 * Video addresses: the one parser of what an editor pastes. It names the host, gives the
 * privacy-friendly embed address (Vimeo with dnt=1, YouTube via youtube-nocookie, used only after
 * the visitor clicks), and for an address the player cannot show, says in Swedish what to paste
 * instead. The schema (`VideoUrlSchema`), the validator and the `Video` component all read it.
 *
 * Accepted, as the same videos the player embeds: `vimeo.com/ID` (with a private link's hash, also
 * `…/review/ID/HASH`, and a video inside a channel, group or showcase), `player.vimeo.com/video/ID`;
 * `youtube.com/watch?v=ID` (also on www. and m.), `youtu.be/ID`, `youtube.com/shorts/ID`,
 * `/embed/ID`, `/live/ID` and `youtube-nocookie.com/embed/ID`. Refused with advice: playlists,
 * channels, showcases, albums and other pages that are no single video.
 */

/** A video the player can embed. */
export interface EmbeddableVideo {
  /** The host as visitors know it. */
  host: 'Vimeo' | 'YouTube';
  /** The address to embed after the click. */
  embed: string;
}

/** An address the player cannot embed, and what to paste instead, in Swedish. */
export interface VideoProblem {
  problem: string;
}

const VIMEO_HOSTS = new Set(['vimeo.com', 'www.vimeo.com', 'player.vimeo.com']);
const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be']);
const NOCOOKIE_HOSTS = new Set(['youtube-nocookie.com', 'www.youtube-nocookie.com']);
/** Every host a video address may name: the web editor's pattern for a Video's address reads it. */
export const VIDEO_HOSTS = [...VIMEO_HOSTS, ...YOUTUBE_HOSTS, ...NOCOOKIE_HOSTS];
const YOUTUBE_ID = /^[\w-]{6,}$/;

const PASTE_VIMEO =
  'Öppna filmen på Vimeo och kopiera adressen till just den filmen, till exempel https://vimeo.com/123456789';
const PASTE_YOUTUBE =
  'Öppna filmen på YouTube och kopiera adressen till just den filmen, till exempel https://www.youtube.com/watch?v=abcdefghijk';

/**
 * Reads a video address.
 * @example readVideoUrl('https://youtube.com/shorts/UtQ8VsjdF5U') // { host: 'YouTube', embed: 'https://www.youtube-nocookie.com/embed/UtQ8VsjdF5U' }
 * @example readVideoUrl('https://vimeo.com/showcase/123') // { problem: 'adressen leder till en samling filmer …' }
 */
export function readVideoUrl(url: string): EmbeddableVideo | VideoProblem {
  const trimmed = url.trim();
  if (!/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) {
    return /^(?:www\.|m\.|player\.)?(?:vimeo\.com|youtube\.com|youtu\.be)\b/i.test(trimmed)
      ? { problem: `adressen saknar https:// först: skriv https://${trimmed}` }
      : { problem: 'ska vara en adress till en film på Vimeo eller YouTube, som börjar med https://' };
  }
  if (!URL.canParse(trimmed)) return { problem: 'ska vara en adress som börjar med https://' };
  const parsed = new URL(trimmed);
  const host = parsed.hostname.toLowerCase();
  const known = VIMEO_HOSTS.has(host) || YOUTUBE_HOSTS.has(host) || NOCOOKIE_HOSTS.has(host);
  if (!known) {
    return {
      problem: `filmer kan bara komma från Vimeo eller YouTube (vimeo.com, player.vimeo.com, youtube.com, youtu.be), inte från ${host}. Lägg filmen där, eller skriv en vanlig länk under links`,
    };
  }
  if (parsed.protocol !== 'https:') {
    return {
      problem: `skriv https:// i stället för ${parsed.protocol}//: https://${trimmed.replace(/^[a-z]+:\/\//i, '')}`,
    };
  }
  return VIMEO_HOSTS.has(host) ? readVimeo(parsed) : readYouTube(parsed);
}

function readVimeo(parsed: URL): EmbeddableVideo | VideoProblem {
  const path = parsed.pathname;
  // player.vimeo.com/video/ID?h=HASH
  // vimeo.com/ID[/HASH], vimeo.com/ACCOUNT/review/ID/HASH, vimeo.com/channels/NAME/ID,
  // vimeo.com/groups/NAME/videos/ID, vimeo.com/showcase/N/video/ID
  const match =
    parsed.hostname === 'player.vimeo.com'
      ? /^\/video\/(\d+)\/?$/.exec(path)
      : (/^\/(\d+)(?:\/([0-9a-f]+))?\/?$/.exec(path) ??
        /^\/[^/]+\/review\/(\d+)(?:\/([0-9a-f]+))?\/?$/.exec(path) ??
        /^\/(?:channels\/[^/]+|groups\/[^/]+\/videos|showcase\/\d+\/video)\/(\d+)\/?$/.exec(path));
  if (!match) {
    const what = /^\/(?:showcase|album)\//.test(path)
      ? 'en samling filmer (showcase eller album)'
      : /^\/(?:channels|groups)\//.test(path)
        ? 'en kanal eller grupp'
        : parsed.hostname === 'player.vimeo.com'
          ? 'ingen film'
          : 'en sida som inte är en film (kanske ett konto)';
    return { problem: `adressen leder till ${what} på Vimeo, och spelaren kan bara visa en film. ${PASTE_VIMEO}` };
  }
  const hash = match[2] ?? parsed.searchParams.get('h') ?? undefined;
  return {
    host: 'Vimeo',
    embed: `https://player.vimeo.com/video/${match[1]}?${hash && /^[0-9a-f]+$/.test(hash) ? `h=${hash}&` : ''}dnt=1`,
  };
}

function readYouTube(parsed: URL): EmbeddableVideo | VideoProblem {
  const path = parsed.pathname;
  let id: string | null | undefined;
  if (parsed.hostname === 'youtu.be') id = path.slice(1).replace(/\/$/, '');
  else if (path === '/watch') id = parsed.searchParams.get('v');
  else id = /^\/(?:shorts|embed|live|v)\/([^/]+)\/?$/.exec(path)?.[1];
  if (!id || !YOUTUBE_ID.test(id)) {
    const what =
      path === '/playlist' || (path === '/watch' && parsed.searchParams.has('list'))
        ? 'en spellista'
        : /^\/(?:@|channel\/|c\/|user\/)/.test(path)
          ? 'en kanal'
          : 'en sida som inte är en film';
    return {
      problem: `adressen leder till ${what} på YouTube, och spelaren kan bara visa en film. ${PASTE_YOUTUBE}${what === 'en spellista' ? ' (en Video per film)' : ''}`,
    };
  }
  const start = startSeconds(parsed.searchParams.get('t') ?? parsed.searchParams.get('start') ?? '');
  return {
    host: 'YouTube',
    embed: `https://www.youtube-nocookie.com/embed/${id}${start > 0 ? `?start=${start}` : ''}`,
  };
}

/** `21`, `21s`, `1m30s`, `1h2m3s` in seconds; 0 when there is no time. */
function startSeconds(value: string): number {
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value);
  if (!match) return 0;
  return Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
}

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
  const read = readVideoUrl(url);
  return 'problem' in read ? read.problem : undefined;
}

/**
 * The video host's name as visitors know it, from a video URL.
 * @example videoHost('https://youtu.be/abc') // 'YouTube'
 */
export function videoHost(url: string): string {
  const read = readVideoUrl(url);
  if ('host' in read) return read.host;
  return VIMEO_HOSTS.has(URL.canParse(url) ? new URL(url).hostname : '') ? 'Vimeo' : 'YouTube';
}

/**
 * The address to embed after the click, or undefined when the URL names no video we can embed.
 * @example embedUrl('https://vimeo.com/461763730/8ce75e8ef9') // 'https://player.vimeo.com/video/461763730?h=8ce75e8ef9&dnt=1'
 */
export function embedUrl(url: string): string | undefined {
  const read = readVideoUrl(url);
  return 'embed' in read ? read.embed : undefined;
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

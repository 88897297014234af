/**
 * The video host's name as visitors know it, from a video URL.
 * @example videoHost('https://youtu.be/abc') // 'YouTube'
 */
export function videoHost(url: string): string {
  const host = new URL(url).hostname.replace(/^www\./, '');
  return host === 'vimeo.com' ? 'Vimeo' : 'YouTube';
}

import { describe, expect, it } from 'vitest';
import { embedUrl, VIDEO_EMBED_ORIGINS, videoFacade, videoHost, videoUrlProblem } from './video.ts';

describe('videoHost', () => {
  it.each([
    ['https://vimeo.com/461763730/8ce75e8ef9', 'Vimeo'],
    ['https://www.vimeo.com/1', 'Vimeo'],
    ['https://www.youtube.com/watch?v=UtQ8VsjdF5U', 'YouTube'],
    ['https://youtu.be/UtQ8VsjdF5U', 'YouTube'],
  ])('names the host of %s as %s', (url, expected) => {
    expect(videoHost(url)).toBe(expected);
  });
});

describe('embedUrl', () => {
  it.each([
    ['https://vimeo.com/461763730/8ce75e8ef9', 'https://player.vimeo.com/video/461763730?h=8ce75e8ef9&dnt=1'],
    [
      'https://vimeo.com/jonkoping/review/461765461/cc1ef122b5',
      'https://player.vimeo.com/video/461765461?h=cc1ef122b5&dnt=1',
    ],
    ['https://vimeo.com/123456789', 'https://player.vimeo.com/video/123456789?dnt=1'],
    [
      'https://www.youtube.com/watch?v=UtQ8VsjdF5U&t=21s',
      'https://www.youtube-nocookie.com/embed/UtQ8VsjdF5U?start=21',
    ],
    ['https://youtu.be/UtQ8VsjdF5U', 'https://www.youtube-nocookie.com/embed/UtQ8VsjdF5U'],
  ])('embeds %s without tracking as %s', (url, expected) => {
    expect(embedUrl(url)).toBe(expected);
  });

  it('has no embed for an address that names no video', () => {
    expect(embedUrl('https://vimeo.com/jonkoping')).toBeUndefined();
    expect(embedUrl('https://www.youtube.com/feed')).toBeUndefined();
  });
});

describe('videoUrlProblem', () => {
  it.each([
    ['https://vimeo.com/461763730/8ce75e8ef9'],
    ['https://www.youtube.com/watch?v=UtQ8VsjdF5U'],
    ['https://youtu.be/UtQ8VsjdF5U'],
  ])('accepts the film address %s', (url) => {
    expect(videoUrlProblem(url)).toBeUndefined();
  });

  it.each([['javascript:alert(1)'], ['http://vimeo.com/1'], ['https://evil.example/1'], ['inte en adress']])(
    'refuses %s with a Swedish reason',
    (url) => {
      expect(videoUrlProblem(url)).toMatch(/ska vara|kan bara/);
    },
  );
});

describe('videoFacade', () => {
  it('embeds only from the players the CSP allows', () => {
    const embed = videoFacade('https://youtu.be/UtQ8VsjdF5U').embed ?? '';
    expect(VIDEO_EMBED_ORIGINS.some((origin) => embed.startsWith(`${origin}/`))).toBe(true);
  });

  it('throws a Swedish message naming the address it refuses', () => {
    expect(() => videoFacade('javascript:alert(1)')).toThrow('<Video url="javascript:alert(1)">');
  });
});

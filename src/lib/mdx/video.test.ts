import { describe, expect, it } from 'vitest';
import { embedUrl, readVideoUrl, VIDEO_EMBED_ORIGINS, videoFacade, videoHost, videoUrlProblem } from './video.ts';

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
      expect(videoUrlProblem(url)).toMatch(/ska vara|kan bara|skriv https:\/\//);
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

describe('readVideoUrl', () => {
  it.each([
    ['https://youtube.com/shorts/UtQ8VsjdF5U', 'https://www.youtube-nocookie.com/embed/UtQ8VsjdF5U'],
    ['https://www.youtube.com/shorts/UtQ8VsjdF5U?feature=share', 'https://www.youtube-nocookie.com/embed/UtQ8VsjdF5U'],
    ['https://m.youtube.com/watch?v=UtQ8VsjdF5U', 'https://www.youtube-nocookie.com/embed/UtQ8VsjdF5U'],
    [
      'https://www.youtube.com/watch?v=UtQ8VsjdF5U&list=PLx&index=2',
      'https://www.youtube-nocookie.com/embed/UtQ8VsjdF5U',
    ],
    ['https://youtu.be/UtQ8VsjdF5U?t=1m30s', 'https://www.youtube-nocookie.com/embed/UtQ8VsjdF5U?start=90'],
    ['https://www.youtube.com/embed/UtQ8VsjdF5U', 'https://www.youtube-nocookie.com/embed/UtQ8VsjdF5U'],
    ['https://www.youtube.com/live/UtQ8VsjdF5U', 'https://www.youtube-nocookie.com/embed/UtQ8VsjdF5U'],
    ['https://player.vimeo.com/video/461763730', 'https://player.vimeo.com/video/461763730?dnt=1'],
    [
      'https://player.vimeo.com/video/461763730?h=8ce75e8ef9',
      'https://player.vimeo.com/video/461763730?h=8ce75e8ef9&dnt=1',
    ],
    ['https://vimeo.com/channels/staffpicks/461763730', 'https://player.vimeo.com/video/461763730?dnt=1'],
    ['https://vimeo.com/showcase/10234567/video/461763730', 'https://player.vimeo.com/video/461763730?dnt=1'],
  ])('embeds %s, the same video as %s', (url, embed) => {
    expect(readVideoUrl(url)).toEqual({ host: url.includes('vimeo') ? 'Vimeo' : 'YouTube', embed });
  });

  it.each([
    ['https://vimeo.com/showcase/10234567', /samling filmer.*https:\/\/vimeo\.com\/123456789/],
    ['https://vimeo.com/album/1234567', /samling filmer/],
    ['https://vimeo.com/channels/regionjonkoping', /kanal eller grupp/],
    ['https://vimeo.com/regionjonkoping', /inte är en film/],
    ['https://www.youtube.com/playlist?list=PLabcdefghijklmnop', /spellista.*watch\?v=.*en Video per film/],
    ['https://www.youtube.com/@RegionJonkopingslan', /kanal på YouTube/],
    ['https://www.youtube.com/channel/UCabcdefghijk', /kanal på YouTube/],
    [
      'www.youtube.com/watch?v=UtQ8VsjdF5U',
      /saknar https:\/\/ först: skriv https:\/\/www\.youtube\.com\/watch\?v=UtQ8VsjdF5U$/,
    ],
    ['http://vimeo.com/1', /skriv https:\/\/ i stället för http:\/\/: https:\/\/vimeo\.com\/1$/],
    ['https://www.dreambroker.com/channel/x', /bara komma från Vimeo eller YouTube.*dreambroker/],
  ])('refuses %s with what to paste instead', (url, message) => {
    const read = readVideoUrl(url);
    expect('problem' in read && read.problem).toMatch(message);
  });

  it('never tells a player.vimeo.com address that videos come only from vimeo.com', () => {
    const read = readVideoUrl('https://player.vimeo.com/');
    expect('problem' in read && read.problem).not.toMatch(/bara komma från/);
  });
});

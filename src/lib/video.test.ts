import { describe, expect, it } from 'vitest';
import { videoHost } from './video.ts';

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

import { describe, expect, it } from 'vitest';
import { withPresentations } from './presentations.ts';

describe('withPresentations', () => {
  const meetings = new Map([
    [
      'a',
      [
        { id: '2020-09-21-goda-exempel', data: { title: 'Goda exempel', date: '2020-09-21' } },
        { id: '2023-03-ny-omgang', data: { title: 'En ny omgång', date: '2023-03' } },
      ],
    ],
  ]);

  it('adds to each card the meetings where its team presented, with their pages and dates', () => {
    expect(withPresentations([{ id: 'a', name: 'A' }], meetings)).toEqual([
      {
        id: 'a',
        name: 'A',
        presentedAt: [
          { title: 'Goda exempel', url: '/traffar/2020-09-21-goda-exempel/', date: '21 september 2020' },
          { title: 'En ny omgång', url: '/traffar/2023-03-ny-omgang/', date: 'mars 2023' },
        ],
      },
    ]);
  });

  it('gives a team that has not presented an empty list', () => {
    expect(withPresentations([{ id: 'b' }], meetings)).toEqual([{ id: 'b', presentedAt: [] }]);
  });
});

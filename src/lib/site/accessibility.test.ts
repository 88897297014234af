import { describe, expect, it } from 'vitest';
import {
  accessibilityStatement,
  DIGG_REPORT_URL,
  fieldToFill,
  missingNotes,
  pagesWithVideos,
  publicAddress,
  statementFiles,
  uncaptionedVideos,
  videosInMdx,
  type PageWithVideos,
} from './accessibility.ts';

const site = {
  name: 'Bästa platsen',
  description: 'Träffar och goda exempel.',
  owner: 'Regionen',
};
const accessibility = {
  compliance: 'full',
  method: 'Självskattning med automatiska tester.',
  assessed: '2024-05-01',
  feedbackEmail: 'tillganglighet@example.se',
} as const;

describe('videosInMdx', () => {
  it.each([
    ['captions={false}', false],
    ['captions="false"', false],
    ['captions={true}', true],
    ['captions', true],
    ['', undefined],
  ])('reads a <Video> with %j as captions %j', (attribute, captions) => {
    const body = `Text.\n\n<Video url="https://vimeo.com/1" title="Film" ${attribute} />\n`;
    expect(videosInMdx(body)).toEqual([{ title: 'Film', url: 'https://vimeo.com/1', captions }]);
  });

  it('finds videos inside other components and inline in a paragraph', () => {
    const body = [
      '<Faktaruta title="Filmer">',
      '<Video url="https://vimeo.com/1" title="Ett" captions={false} />',
      '</Faktaruta>',
      '',
      'Se <Video url="https://youtu.be/abcdefg" title="Två" captions={false} /> här.',
    ].join('\n');
    expect(videosInMdx(body).map((v) => v.title)).toEqual(['Ett', 'Två']);
  });

  it('does not take a video written in code for a real one', () => {
    expect(videosInMdx('Skriv `<Video captions={false} />` så här.')).toEqual([]);
  });

  it('finds no videos in text that does not parse', () => {
    expect(videosInMdx('<Video url="https://vimeo.com/1" title="Film"')).toEqual([]);
  });
});

describe('uncaptionedVideos', () => {
  const pages: PageWithVideos[] = [
    {
      title: 'Träff 1',
      url: '/traffar/traff-1/',
      filePath: 'content/meetings/traff-1.mdx',
      videos: [
        { title: 'Utan', url: 'https://vimeo.com/1', captions: false },
        { title: 'Med', url: 'https://vimeo.com/2', captions: true },
      ],
      mdxBody:
        '<Video url="https://vimeo.com/1" title="Utan igen" captions={false} />\n\n<Video url="https://vimeo.com/3" title="I texten" captions={false} />',
    },
    { title: 'Träff 2', url: '/traffar/traff-2/', videos: [] },
    { title: 'Team', url: '/exempel/team/', mdxBody: '<Video url="https://youtu.be/abcdefg" title="Okänt" />' },
  ];

  it('lists every video without captions with its page, front matter first, each address once per page', () => {
    expect(uncaptionedVideos(pages)).toEqual([
      {
        title: 'Utan',
        url: 'https://vimeo.com/1',
        page: { title: 'Träff 1', url: '/traffar/traff-1/' },
        filePath: 'content/meetings/traff-1.mdx',
      },
      {
        title: 'I texten',
        url: 'https://vimeo.com/3',
        page: { title: 'Träff 1', url: '/traffar/traff-1/' },
        filePath: 'content/meetings/traff-1.mdx',
      },
      {
        title: 'Okänt',
        url: 'https://youtu.be/abcdefg',
        page: { title: 'Team', url: '/exempel/team/' },
        filePath: undefined,
      },
    ]);
  });

  it('lists nothing when every video has captions', () => {
    expect(
      uncaptionedVideos([
        { title: 'T', url: '/t/', videos: [{ title: 'V', url: 'https://vimeo.com/1', captions: true }] },
      ]),
    ).toEqual([]);
  });
});

describe('accessibilityStatement', () => {
  const gap = { title: 'Film', url: 'https://vimeo.com/1', page: { title: 'Träff', url: '/traffar/t/' } };

  it('names every missing field when site.yaml has no accessibility data and no contact address', () => {
    const statement = accessibilityStatement(site, [gap]);
    expect(statement.missing).toEqual([
      'accessibility.compliance',
      'feedback',
      'accessibility.method',
      'accessibility.assessed',
    ]);
    expect(statement.compliance).toBeUndefined();
    expect(statement.feedbackEmail).toBeUndefined();
    expect(statement.uncaptionedVideos).toEqual([gap]);
  });

  it('always gives the public body, the service and DIGG’s report form', () => {
    const statement = accessibilityStatement(site, []);
    expect(statement.owner).toBe('Regionen');
    expect(statement.service).toEqual({ name: 'Bästa platsen', description: 'Träffar och goda exempel.' });
    expect(statement.reportUrl).toBe(DIGG_REPORT_URL);
    expect(DIGG_REPORT_URL).toBe('https://www.digg.se/tdosanmalan');
  });

  it('takes the site’s contact address for feedback when no feedback address is given', () => {
    const statement = accessibilityStatement({ ...site, contactEmail: 'info@example.se' }, []);
    expect(statement.feedbackEmail).toBe('info@example.se');
    expect(statement.missing).not.toContain('feedback');
  });

  it('prefers the feedback address to the contact address', () => {
    const statement = accessibilityStatement({ ...site, contactEmail: 'info@example.se', accessibility }, []);
    expect(statement.feedbackEmail).toBe('tillganglighet@example.se');
  });

  it.each([
    ['full', 0, 'full', false],
    ['full', 1, 'delvis', true],
    ['delvis', 1, 'delvis', false],
    ['inte', 1, 'inte', false],
    ['delvis', 0, 'delvis', false],
  ] as const)(
    'shows the declared level %j with %i known gaps as %j (lowered: %j)',
    (declared, gaps, shown, lowered) => {
      const statement = accessibilityStatement(
        { ...site, accessibility: { ...accessibility, compliance: declared } },
        Array(gaps).fill(gap),
      );
      expect(statement.compliance).toBe(shown);
      expect(statement.complianceLowered).toBe(lowered);
    },
  );

  it('misses nothing when site.yaml is complete, and passes method, date and publication date on', () => {
    const statement = accessibilityStatement(
      { ...site, accessibility: { ...accessibility, published: '2024-01-01' } },
      [],
    );
    expect(statement.missing).toEqual([]);
    expect(statement).toMatchObject({ method: accessibility.method, assessed: '2024-05-01', published: '2024-01-01' });
  });
});

describe('fieldToFill', () => {
  it.each([
    ['feedback', 'accessibility.feedbackEmail'],
    ['accessibility.method', 'accessibility.method'],
  ] as const)('tells the editor to fill in %j as %j', (missing, field) => {
    expect(fieldToFill(missing)).toBe(field);
  });
});

describe('missingNotes', () => {
  it('tells editors, for each missing field only, what to fill in and where', () => {
    const notes = missingNotes({ missing: ['feedback', 'accessibility.method'] }, 'content/site.yaml');
    expect(notes).toEqual({
      feedback: 'För redaktörer: fyll i fältet accessibility.feedbackEmail i content/site.yaml.',
      'accessibility.method': 'För redaktörer: fyll i fältet accessibility.method i content/site.yaml.',
    });
    expect(notes['accessibility.assessed']).toBeUndefined();
  });
});

describe('statementFiles', () => {
  it('names the settings file, then each file with a gap once', () => {
    expect(
      statementFiles('content/site.yaml', [{ filePath: 'a.mdx' }, { filePath: 'b.mdx' }, { filePath: 'a.mdx' }]),
    ).toEqual(['content/site.yaml', 'a.mdx', 'b.mdx']);
  });
});

describe('pagesWithVideos', () => {
  const video = '<Video url="https://vimeo.com/9" title="I texten" captions={false} />';

  it('gives meetings, team stories and plans their page addresses, titles and videos', () => {
    const pages = pagesWithVideos(
      [
        {
          id: '2020-09-21-traff',
          filePath: 'content/meetings/2020-09-21-traff.mdx',
          body: video,
          data: { title: 'Träffen', videos: [{ title: 'V', url: 'https://vimeo.com/1', captions: false }] },
        },
      ],
      [{ id: 'team-a', filePath: 'content/teams/team-a.mdx', body: video, data: { name: 'Team A' } }],
      [{ id: 'plan-a', filePath: 'content/plans/plan-a.mdx', body: 'Text.', data: { title: 'Plan A' } }],
    );
    expect(pages).toEqual([
      {
        title: 'Träffen',
        url: '/traffar/2020-09-21-traff/',
        filePath: 'content/meetings/2020-09-21-traff.mdx',
        videos: [{ title: 'V', url: 'https://vimeo.com/1', captions: false }],
        mdxBody: video,
      },
      { title: 'Team A', url: '/exempel/team-a/', filePath: 'content/teams/team-a.mdx', mdxBody: video },
      { title: 'Plan A', url: '/handlingsplaner/plan-a/', filePath: 'content/plans/plan-a.mdx', mdxBody: 'Text.' },
    ]);
  });

  it('does not search the text of a plain Markdown file, where <Video> is no component', () => {
    const pages = pagesWithVideos(
      [],
      [{ id: 't', filePath: 'content/teams/t.md', body: video, data: { name: 'T' } }],
      [],
    );
    expect(pages[0]?.mdxBody).toBeUndefined();
    expect(uncaptionedVideos(pages)).toEqual([]);
  });
});

describe('publicAddress', () => {
  it.each([
    ['https://basta-platsen.example.se/', 'https://basta-platsen.example.se/'],
    ['http://localhost:4321/', undefined],
    ['http://127.0.0.1:8080/', undefined],
  ])('names the site %j as %j', (href, address) => {
    expect(publicAddress(new URL(href))).toBe(address);
  });

  it('names no address when none is configured', () => {
    expect(publicAddress(undefined)).toBeUndefined();
  });
});

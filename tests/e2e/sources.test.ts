/**
 * Every team the source documents (/work/shared/seeds/ in the project's workspace) name has its
 * published page in the built shipped site, and the report of the meeting where it presented links
 * to it. A fact a source does not give (a team's municipality, say) is shown as not stated; it is
 * never a reason to leave a team unpublished.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFile, site, sitemapPaths } from './harness.ts';

interface NamedTeam {
  /** The team's id (its file under content/teams/). */
  id: string;
  /** What the page's heading must contain: the name the source uses, or its core. */
  named: string;
  /** The report of the meeting where the source says the team presented. */
  meeting: string;
}

/**
 * The newsletter of March 2023 (seed 002): "Team som medverkade vid dagens lärandeseminarie var
 * Attarpsskolan, Elevhälsocentral, KAA (kommunalt aktivitetsansvar i Jönköping), Tidigt och
 * förebyggande Värnamo och Aneby kommun", presented under "Kort presentation av teamen som
 * medverkade" as "Attarpsskolan", "Elevhälsocentraler", "Tidigt och förebyggande i Värnamo",
 * "Kommunalt Aktivitetsansvar Jönköping (KAA)" and "Furulidskolan, Aneby kommun".
 */
const MARCH_2023: NamedTeam[] = [
  { id: 'attarpsskolan', named: 'Attarpsskolan', meeting: '2023-03-ny-omgang' },
  { id: 'elevhalsocentral', named: 'Elevhälsocentral', meeting: '2023-03-ny-omgang' },
  { id: 'kaa-jonkoping', named: 'Kommunalt aktivitetsansvar Jönköping (KAA)', meeting: '2023-03-ny-omgang' },
  { id: 'tidigt-och-forebyggande-varnamo', named: 'Tidigt och förebyggande i Värnamo', meeting: '2023-03-ny-omgang' },
  { id: 'furulidskolan-aneby', named: 'Furulidskolan, Aneby kommun', meeting: '2023-03-ny-omgang' },
];

/**
 * The newsletter of 19 January 2021 (seed 001): "Vid dagens träff fanns tre team med, som delade med
 * sig av sina goda arbeten": "Familjecentralerna i länet", "Stärkt föräldraskapsstöd i Nässjö" and
 * "Riktade hembesök, allaktivitetshus och ofrivillig ensamhet i Vetlanda kommun".
 */
const JANUARY_2021: NamedTeam[] = [
  {
    id: 'familjecentralerna-i-lanet',
    named: 'Familjecentralerna i länet',
    meeting: '2021-01-19-inspiration-fran-skottland',
  },
  {
    id: 'starkt-foraldraskapsstod-nassjo',
    named: 'Stärkt föräldraskapsstöd i Nässjö',
    meeting: '2021-01-19-inspiration-fran-skottland',
  },
  {
    id: 'riktade-hembesok-allaktivitetshus-vetlanda',
    named: 'Riktade hembesök, allaktivitetshus och ofrivillig ensamhet i Vetlanda kommun',
    meeting: '2021-01-19-inspiration-fran-skottland',
  },
];

const headingOf = (html: string) =>
  /<h1[^>]*>([\s\S]*?)<\/h1>/
    .exec(html)?.[1]
    ?.replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .trim();

describe.each([...MARCH_2023, ...JANUARY_2021])('the team $named, named in the sources', (team) => {
  const url = `/exempel/${team.id}/`;

  it('has its published page, with the name as its heading, in the sitemap', () => {
    const file = path.join(site.outDir, 'exempel', team.id, 'index.html');
    expect(existsSync(file), url).toBe(true);
    expect(headingOf(builtFile(path.join('exempel', team.id, 'index.html')))).toBe(team.named);
    expect(sitemapPaths()).toContain(url);
  });

  it('is linked from the report of the meeting where it presented', () => {
    expect(builtFile(path.join('traffar', team.meeting, 'index.html'))).toContain(`href="${url}"`);
  });
});

describe('a team whose municipality no source states (Attarpsskolan)', () => {
  it('says so on its page and its card, and is under "Kommun inte angiven" but under no municipality', () => {
    const text = (file: string) =>
      builtFile(file)
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ');
    expect(text('exempel/attarpsskolan/index.html')).toContain('Kommun inte angiven');
    const card = /<article[^>]*team-card(?:(?!<\/article>)[\s\S])*?Attarpsskolan[\s\S]*?<\/article>/.exec(
      builtFile('exempel/index.html'),
    )?.[0];
    expect(card?.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain('Kommun inte angiven');
    expect(text('exempel/kommun/inte-angiven/index.html')).toContain('Attarpsskolan');
    expect(text('exempel/fokusomrade/fullfoljda-studier/index.html')).toContain('Attarpsskolan');
    expect(text('exempel/status/infort/index.html')).toContain('Attarpsskolan');
    for (const hub of sitemapPaths().filter((p) => /^\/kommuner\/[^/]+\/$/.test(p))) {
      expect(builtFile(path.join(hub, 'index.html')), hub).not.toContain('href="/exempel/attarpsskolan/"');
    }
  });
});

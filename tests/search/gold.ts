/**
 * The gold set: queries staff type, over the shipped content, with the pages each must find among
 * its first five results. Every expected page holds the term (or, for an acronym or synonym, what it
 * stands for) in its indexed text; the reason says where. Categories are reported separately.
 */

/** The indexed pages, by a short name. */
const P = {
  traff1: '/traffar/2020-03-03-larande-natverk-traff-1/',
  traff3: '/traffar/2020-06-08-larande-natverk-traff-3/',
  sep2020: '/traffar/2020-09-21-goda-exempel-och-fortsatt-arbete/',
  traff5: '/traffar/2020-11-17-larande-natverk-traff-5/',
  jan2021: '/traffar/2021-01-19-inspiration-fran-skottland/',
  mar2023: '/traffar/2023-03-ny-omgang/',
  maj2023: '/traffar/2023-05-23-larandeseminarium/',
  attarp: '/exempel/attarpsskolan/',
  ehc: '/exempel/elevhalsocentral/',
  famc: '/exempel/familjecentralerna-i-lanet/',
  furulid: '/exempel/furulidskolan-aneby/',
  kaa: '/exempel/kaa-jonkoping/',
  vetlanda: '/exempel/riktade-hembesok-allaktivitetshus-vetlanda/',
  nassjo: '/exempel/starkt-foraldraskapsstod-nassjo/',
  varnamo: '/exempel/tidigt-och-forebyggande-varnamo/',
  plan2017: '/handlingsplaner/handlingsplan-2016-2017/',
  upp2021: '/handlingsplaner/uppfoljning-2021/',
} as const;

export type GoldCategory =
  'compound head' | 'inflection' | 'acronym or synonym' | 'person' | 'team' | 'place' | 'without å/ä/ö' | 'typo';

export interface GoldQuery {
  query: string;
  category: GoldCategory;
  /** The pages the query must find. */
  pages: readonly string[];
  /** Where the pages hold what the query asks for. */
  why: string;
}

export const GOLD: readonly GoldQuery[] = [
  // The head of a compound: Pagefind matches only the start of a word.
  { query: 'besök', category: 'compound head', pages: [P.nassjo, P.vetlanda], why: 'hembesök' },
  { query: 'cirkeln', category: 'compound head', pages: [P.nassjo], why: 'Trygghetscirkeln' },
  { query: 'central', category: 'compound head', pages: [P.ehc, P.famc], why: 'Elevhälsocentral, familjecentraler' },
  { query: 'samtal', category: 'compound head', pages: [P.plan2017, P.upp2021], why: 'hälsosamtal' },
  { query: 'närvaro', category: 'compound head', pages: [P.plan2017, P.upp2021], why: 'skolnärvaro, Skolnärvaron' },
  { query: 'frånvaro', category: 'compound head', pages: [P.plan2017], why: 'skolfrånvaro' },
  { query: 'aktivitetshus', category: 'compound head', pages: [P.vetlanda], why: 'allaktivitetshus' },
  { query: 'konventionen', category: 'compound head', pages: [P.mar2023, P.plan2017], why: 'barnkonventionen' },
  { query: 'sköterskor', category: 'compound head', pages: [P.upp2021, P.plan2017], why: 'skolsköterskor' },
  { query: 'hälsovården', category: 'compound head', pages: [P.nassjo, P.vetlanda, P.sep2020], why: 'barnhälsovården' },
  { query: 'verktyget', category: 'compound head', pages: [P.mar2023], why: 'analysverktyget Tableau' },
  { query: 'mottagningar', category: 'compound head', pages: [P.upp2021], why: 'ungdomsmottagningar' },
  { query: 'stöd föräldraskap', category: 'compound head', pages: [P.nassjo, P.upp2021], why: 'föräldraskapsstöd' },
  { query: 'ansvar', category: 'compound head', pages: [P.kaa], why: 'aktivitetsansvar' },
  // Inflected forms of words the pages write otherwise.
  { query: 'hembesöket', category: 'inflection', pages: [P.nassjo, P.vetlanda], why: 'hembesök, hembesöken' },
  { query: 'familjecentral', category: 'inflection', pages: [P.famc, P.varnamo], why: 'familjecentralen, -erna' },
  { query: 'föreläsningen', category: 'inflection', pages: [P.traff3], why: 'en föreläsning' },
  { query: 'skolsköterska', category: 'inflection', pages: [P.upp2021], why: 'skolsköterskor' },
  { query: 'ungdomarna', category: 'inflection', pages: [P.kaa], why: 'ungdomar, ungdomarna' },
  { query: 'lärandeseminariet', category: 'inflection', pages: [P.maj2023, P.mar2023], why: 'lärandeseminarium' },
  // Acronyms and synonyms, both ways (content/sokord.yaml).
  { query: 'BVC', category: 'acronym or synonym', pages: [P.nassjo, P.vetlanda], why: 'barnhälsovården' },
  {
    query: 'BHV',
    category: 'acronym or synonym',
    pages: [P.plan2017, P.nassjo, P.vetlanda],
    why: 'BHV, barnhälsovården',
  },
  { query: 'KAA', category: 'acronym or synonym', pages: [P.kaa, P.mar2023], why: 'KAA' },
  {
    query: 'aktivitetsansvar',
    category: 'acronym or synonym',
    pages: [P.kaa, P.mar2023],
    why: 'kommunalt aktivitetsansvar',
  },
  { query: 'SKR', category: 'acronym or synonym', pages: [P.sep2020, P.jan2021], why: 'SKR' },
  { query: 'SKL', category: 'acronym or synonym', pages: [P.plan2017], why: 'SKL:s kunskapssammanställning' },
  { query: 'SIP', category: 'acronym or synonym', pages: [P.plan2017], why: 'SIP – samordnad individuell plan' },
  { query: 'samordnad individuell plan', category: 'acronym or synonym', pages: [P.plan2017], why: 'SIP' },
  { query: 'FUNK', category: 'acronym or synonym', pages: [P.upp2021], why: 'satsningen FUNK' },
  { query: 'skolhälsovård', category: 'acronym or synonym', pages: [P.plan2017, P.upp2021], why: 'elevhälsa' },
  { query: 'HAL', category: 'acronym or synonym', pages: [P.varnamo], why: 'Hälsosam och aktiv livsstil (HAL)' },
  { query: 'PKS', category: 'acronym or synonym', pages: [P.plan2017], why: 'Primärkommunal samverkan (PKS)' },
  // People.
  { query: 'Tyra Warfvinge', category: 'person', pages: [P.sep2020], why: 'speaker' },
  { query: 'Martina Larsson', category: 'person', pages: [P.famc, P.jan2021], why: 'speaker, contact' },
  { query: 'Stewe Jonsson', category: 'person', pages: [P.vetlanda, P.jan2021], why: 'speaker' },
  { query: 'Emil Jonsson', category: 'person', pages: [P.furulid, P.mar2023], why: 'speaker' },
  { query: 'Susan Hannah', category: 'person', pages: [P.traff3], why: 'speaker' },
  { query: 'Rahlén-Altermark', category: 'person', pages: [P.plan2017], why: 'compiled the plan' },
  { query: 'Cecilia Isaksson', category: 'person', pages: [P.nassjo, P.jan2021], why: 'speaker' },
  // Teams.
  { query: 'Attarpsskolan', category: 'team', pages: [P.attarp, P.mar2023], why: 'team' },
  { query: 'Furulidskolan', category: 'team', pages: [P.furulid, P.mar2023], why: 'team' },
  { query: 'Elevhälsocentral', category: 'team', pages: [P.ehc, P.mar2023], why: 'team' },
  { query: 'Familjecentralerna i länet', category: 'team', pages: [P.famc, P.jan2021], why: 'team' },
  // Places.
  { query: 'Rocksjöbadet', category: 'place', pages: [P.traff1], why: 'meeting place' },
  { query: 'Ryhov', category: 'place', pages: [P.traff5, P.jan2021], why: 'Länssjukhuset Ryhov' },
  { query: 'Ystad', category: 'place', pages: [P.sep2020], why: 'Backa barnet i Ystad' },
  { query: 'Gnosjö', category: 'place', pages: [P.nassjo, P.jan2021], why: 'Gnosjö follows Nässjö' },
  { query: 'Skottland', category: 'place', pages: [P.jan2021, P.sep2020], why: 'inspiration från Skottland' },
  // Typed without å, ä and ö.
  { query: 'hembesok', category: 'without å/ä/ö', pages: [P.nassjo, P.vetlanda], why: 'hembesök' },
  { query: 'forskola', category: 'without å/ä/ö', pages: [P.plan2017], why: 'förskolan' },
  { query: 'Varnamo', category: 'without å/ä/ö', pages: [P.varnamo, P.mar2023], why: 'Värnamo' },
  { query: 'Nassjo', category: 'without å/ä/ö', pages: [P.nassjo], why: 'Nässjö' },
  { query: 'foraldraskapsstod', category: 'without å/ä/ö', pages: [P.nassjo], why: 'föräldraskapsstöd' },
  { query: 'barnhalsovarden', category: 'without å/ä/ö', pages: [P.nassjo, P.vetlanda], why: 'barnhälsovården' },
  { query: 'Soderberg', category: 'without å/ä/ö', pages: [P.sep2020], why: 'Pernilla Söderberg' },
  { query: 'besok', category: 'without å/ä/ö', pages: [P.nassjo, P.vetlanda], why: 'hembesök' },
  // Small typos.
  { query: 'Warfwinge', category: 'typo', pages: [P.sep2020], why: 'Warfvinge' },
  { query: 'Attarpskolan', category: 'typo', pages: [P.attarp], why: 'Attarpsskolan' },
];

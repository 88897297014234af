/** Strings of the fixed pages: contact, about, accessibility, 404. */
export const pages = {
  contact: {
    title: 'Kontakt',
    intro: 'Här hittar du nätverkets coacher och andra kontaktpersoner.',
    site: 'Frågor om webbplatsen',
    siteText: 'Har du frågor om webbplatsen? Skriv till',
    coaches: 'Coacher',
    coachesIntro: 'Coacherna ger stöd till teamen i deras förbättringsarbete.',
    others: 'Andra kontaktpersoner',
    none: 'Det finns inga kontaktpersoner ännu.',
  },
  about: {
    title: 'Om nätverket',
    owner: 'Webbplatsen ges ut av {owner}.',
    focusAreas: 'Fokusområden',
    focusAreasIntro: 'Arbetet i nätverket handlar om de här områdena:',
    rounds: 'Nätverkets omgångar',
    roundsIntro: 'Nätverket har arbetat i omgångar. Här är varje omgång med sin bakgrund.',
    noRounds: 'Inga omgångar är beskrivna ännu.',
    /** Above the rounds when they fill more than one page. */
    roundsShowing: 'Visar omgång {from} till {to} av {total}.',
    /** The name of the page links under the rounds. */
    roundPages: 'Sidor med omgångar',
    years: 'Period',
    ongoing: 'från {start}, pågår',
    more: 'Mer om nätverket',
    meetings: 'Träffar och rapporter från nätverket',
    teams: 'Goda exempel från teamen',
    plans: 'Handlingsplaner och uppföljningar',
    contact: 'Kontaktpersoner och coacher',
  },
  accessibility: {
    /** The heading: DIGG's model says "Tillgänglighet för [webbplatsen]". */
    title: 'Tillgänglighet för {site}',
    intro:
      '{owner} står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service, vilka tillgänglighetsproblem vi känner till och hur du kan rapportera brister till oss så att vi kan åtgärda dem.',
    scope: 'Redogörelsen gäller webbplatsen {site}: {description}',
    scopeAddress: 'Webbplatsens adress är {url}.',
    missing: 'Uppgiften är inte ifylld ännu.',
    /** Shown after "missing", so an editor knows where to fill it in. */
    missingField: 'För redaktörer: fyll i fältet {field} i {file}.',
    howAccessible: 'Hur tillgänglig är webbplatsen?',
    compliance: {
      full: 'Webbplatsen är helt förenlig med lagen om tillgänglighet till digital offentlig service.',
      delvis:
        'Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service. Vi vet att delar av webbplatsen inte är helt tillgängliga. Läs mer under Innehåll som inte är tillgängligt.',
      inte: 'Webbplatsen är inte förenlig med lagen om tillgänglighet till digital offentlig service. Läs mer under Innehåll som inte är tillgängligt.',
    },
    lowered:
      'I webbplatsens uppgifter står att den är helt förenlig med lagen. Men det finns brister som vi känner till, och de står under Innehåll som inte är tillgängligt. Därför är webbplatsen bara delvis förenlig.',
    whatYouCanDo: 'Vad kan du göra om du inte kan använda delar av webbplatsen?',
    whatYouCanDoText:
      'Om du behöver innehåll från webbplatsen i en form som fungerar för dig, till exempel en film med undertexter eller en text i ett annat format, kan du kontakta oss:',
    report: 'Rapportera brister i webbplatsens tillgänglighet',
    reportText:
      'Vi vill att webbplatsen ska uppfylla lagen. Om du hittar problem som inte står på den här sidan, eller om du tycker att vi inte uppfyller lagens krav, berätta det för oss så att vi kan rätta till det:',
    email: 'E-post',
    supervision: 'Tillsyn',
    supervisionText:
      'Myndigheten för digital förvaltning (Digg) har tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi har tagit hand om dina synpunkter kan du anmäla det till Digg.',
    supervisionLink: 'Anmäl brister i digital offentlig service till Digg',
    technical: 'Teknisk information om webbplatsens tillgänglighet',
    technicalText: 'Lagens krav motsvarar nivå AA i riktlinjerna WCAG 2.1 (Web Content Accessibility Guidelines).',
    notAccessible: 'Innehåll som inte är tillgängligt',
    notAccessibleIntro: 'Det innehåll som beskrivs här är inte helt tillgängligt.',
    nonCompliance: 'Bristande förenlighet med lagkraven',
    videosIntro:
      'De här filmerna saknar undertexter. Den som inte hör ljudet kan därför inte ta del av det som sägs. Det uppfyller inte framgångskriterium 1.2.2 Undertexter (förinspelade) i WCAG 2.1.',
    videoOnPage: '{video} – på sidan {page}',
    noKnownGaps: 'Vi känner inte till några filmer utan undertexter på webbplatsen.',
    testing: 'Hur vi har testat webbplatsen',
    method: 'Så har webbplatsen bedömts',
    assessed: 'Senaste bedömningen gjordes',
    published: 'Webbplatsen publicerades',
    updated: 'Redogörelsen uppdaterades senast',
    updatedUnknown: 'Datumet går inte att läsa ut i den här versionen av webbplatsen.',
  },
  notFound: {
    title: 'Sidan finns inte',
    text: 'Vi hittar ingen sida på den här adressen. Sidan kan ha flyttats eller tagits bort, eller så är adressen felskriven.',
    continue: 'Här kan du fortsätta',
    search: 'Sök på webbplatsen',
    contact: 'Om du kom hit från en länk på webbplatsen får du gärna berätta det för oss.',
    contactLink: 'Kontakta oss',
  },
} as const;

/**
 * Every rule id the validator can report, with a Swedish title and how to fix it. The editors' guide
 * (`content/README.md`) has a section per id under its own heading, so `#<id>` links to it.
 * `Problem.rule` is a `RuleId`, so the compiler refuses an id that is not here; tests check that
 * the invalid fixtures report every rule here, and that the guide explains each.
 */
import { MeetingSchema } from '../../schemas/meeting.ts';
import { fieldMeta } from '../../schemas/meta.ts';
import { TEAM_STATUSES, TeamSchema } from '../../schemas/team.ts';
import { fieldRules, plainText } from '../editor/field-rules.ts';
import { routes } from '../routing/routes.ts';

/** The examples the fixes give, read from the schemas so that they cannot drift from them. */
const SUMMARY_LENGTH = plainText(fieldRules(fieldMeta(MeetingSchema.shape.summary))[0] ?? '').replace(/\.$/, '');
const STATUSES = TEAM_STATUSES.map((status) => `\`${status}\``);
const TEAM_LISTS = `minst ${fieldMeta(TeamSchema.shape.organisations).minItems} verksamhet och ${fieldMeta(TeamSchema.shape.focusAreas).minItems} fokusområde`;

export interface Rule {
  /** What is wrong, in a few words (Markdown: code in backticks). */
  title: string;
  /** How to fix it, in plain Swedish (Markdown: code in backticks). */
  fix: string;
}

export const RULES = {
  required: {
    title: 'Ett obligatoriskt fält saknas',
    fix: 'Lägg till fältet med ett värde. Vilka fält som måste finnas står i tabellen för varje typ i den här guiden.',
  },
  'unknown-key': {
    title: 'Okänt fält',
    fix: 'Fältet finns inte för den här typen. Oftast är namnet felstavat: byt till det namn som meddelandet föreslår ("menade du …?"). Fältnamn skrivs exakt, med samma stora och små bokstäver, till exempel `focusAreas`.',
  },
  type: {
    title: 'Fel sorts värde',
    fix: 'Värdet är av fel sort, till exempel en text där det ska vara en lista, eller ett tal eller true/false inom citattecken. Listor skrivs med ett bindestreck per rad, `true` och `false` utan citattecken. Gäller felet hela filen saknas fälten: skriv dem som `namn: värde`.',
  },
  format: {
    title: 'Fel format',
    fix: 'Värdet följer inte det format som fältet kräver: datum som ÅÅÅÅ-MM-DD, tid som TT:MM–TT:MM, en giltig e-postadress, en webbadress som börjar med `https://`, en film från vimeo.com, youtube.com eller youtu.be, eller ett id med små bokstäver a–z, siffror och bindestreck. Meddelandet säger vilket format som gäller.',
  },
  length: {
    title: 'För kort, för långt eller för få',
    fix: `Texten är för kort eller för lång (en träffs \`summary\` ska vara ${SUMMARY_LENGTH}), eller listan har för få saker (ett gott exempel behöver ${TEAM_LISTS}). Korta, förläng eller lägg till.`,
  },
  enum: {
    title: 'Inte ett av de tillåtna värdena',
    fix: `Fältet tar bara vissa värden, till exempel \`status\`: ${STATUSES.slice(0, -1).join(', ')} eller ${STATUSES.at(-1)}. Skriv ett av dem exakt som det står i guiden; meddelandet föreslår det närmaste.`,
  },
  reference: {
    title: 'Hänvisningen finns inte',
    fix: 'Id:t pekar på något som inte finns. Jämför stavningen med filens namn (utan filändelse) eller med id:t i listan, eller skapa det som saknas, till exempel personen med `npm run new -- person`.',
  },
  'date-mismatch': {
    title: 'Datumet stämmer inte med filnamnet',
    fix: 'En träffs `date` ska vara samma datum som i början av filens namn. Rätta det som är fel: fältet `date`, eller filens namn.',
  },
  repository: {
    title: 'Projektets adress är ett annat projekt',
    fix: 'Fältet `repository` i `site.yaml` bestämmer var webbredigeraren sparar ändringar och vart länkarna "Föreslå en ändring" leder. När ett förslag (en pull request) kontrolleras på GitHub måste det vara adressen till projektet som förslaget gäller, till exempel `https://github.com/organisation/basta-platsen`. Ändra det bara om projektet har flyttat.',
  },
  'duplicate-id': {
    title: 'Samma id två gånger',
    fix: 'Två filer har samma namn där bara filändelsen skiljer, eller samma id står två gånger i en lista. Byt namn på den ena filen, eller ta bort dubbletten i listan. I kommunlistan är id:t `inte-angiven` upptaget: webbplatsen använder det för exempel utan angiven kommun.',
  },
  'file-name': {
    title: 'Filens namn går inte',
    fix: `Filens namn får bara ha små bokstäver a–z, siffror och bindestreck, utan å, ä, ö och mellanslag. En träffs fil börjar med datumet, till exempel \`2024-05-23-larandeseminarium.mdx\`. Ett gott exempel kan inte heta \`sida\`, \`kommun\`, \`fokusomrade\` eller \`status\`: de namnen använder webbplatsen själv under \`${routes.teams}\`. Byt namn på filen.`,
  },
  'file-type': {
    title: 'Fel filtyp',
    fix: 'Filändelsen passar inte i mappen, eller är skriven med stora bokstäver. Träffar, goda exempel och handlingsplaner är `.mdx` (eller `.md`), omgångar `.md`, personer `.yaml` och bilder `.jpg`, `.png`, `.webp`, `.avif` eller `.gif`. Dolda filer (som börjar med en punkt) ska tas bort.',
  },
  'file-location': {
    title: 'Filen ligger på fel ställe',
    fix: 'Filen ligger i en mapp som inte finns, i en undermapp eller direkt i `content/`. Flytta den till rätt mapp (`meetings`, `teams`, `people`, `plans`, `series` eller `images`), eller ta bort den.',
  },
  'file-empty': {
    title: 'Filen är tom',
    fix: 'Fyll i filen eller ta bort den. `npm run new` skapar en ny fil där alla fält finns med.',
  },
  'front-matter': {
    title: 'Fälten i början av filen saknas eller avslutas inte',
    fix: 'En `.md`- eller `.mdx`-fil börjar med en rad med tre bindestreck (`---`), sedan fälten och sedan en rad `---` till. Lägg till den rad som saknas.',
  },
  encoding: {
    title: 'Filen är inte sparad som UTF-8',
    fix: 'Filen är sparad med en annan teckenkodning, till exempel Windows-1252 ("ANSI") eller UTF-16 ("Unicode"), så å, ä och ö blir fel. Spara den som UTF-8: i VS Code klickar du på kodningen nere till höger, väljer "Spara med kodning" (Save with Encoding) och "UTF-8"; i Anteckningar väljer du Arkiv → Spara som och Kodning: UTF-8. Skriv inte filerna i Word: klistra in texten i VS Code eller Anteckningar och spara där.',
  },
  'yaml-comment': {
    title: 'Ett värde klipps av vid `#`',
    fix: 'Efter ett mellanslag och `#` läser YAML resten av raden som en kommentar, så `place: Sal 3 #2` blir bara "Sal 3" på webbplatsen. Sätt hela värdet inom citattecken: `place: "Sal 3 #2"`. En kommentar skrivs på en egen rad som börjar med `#`.',
  },
  'list-dash': {
    title: 'En lista med fel sorts streck',
    fix: 'Listor som klistras in från Word eller e-post får ofta tankstreck (`–`), långa streck (`—`) eller punkter (`•`) i stället för bindestreck, och då blir listan en enda text. Skriv ett vanligt bindestreck (`-`) och ett mellanslag först på varje rad, till exempel `- ida-erixon`.',
  },
  'yaml-syntax': {
    title: 'Fälten går inte att läsa (YAML-fel)',
    fix: 'Oftast är det fel indrag, ett kolon som saknas efter fältnamnet, tabb i stället för mellanslag, samma fält två gånger, eller en text med kolon, # eller citattecken som behöver citattecken runt sig. En YAML-tagg (till exempel `!!str`) används inte i innehållet: ta bort den. Rätta raden som meddelandet anger.',
  },
  'duplicate-reference': {
    title: 'Samma hänvisning två gånger i en lista',
    fix: 'Samma id står två gånger i listan, till exempel samma kontaktperson eller samma team, och skulle visas två gånger på sidan. Ta bort den ena raden.',
  },
  'link-scheme': {
    title: 'Webbadressen saknar `https://`',
    fix: 'En adress som `www.rjl.se` utan `https://` först blir en trasig länk till en sida på den här webbplatsen. Skriv hela adressen, till exempel `https://www.rjl.se`. Länkar till filer i `content/` skrivs som sökvägar, till exempel `../images/bild.jpg`.',
  },
  'link-text-address': {
    title: 'Länktexten ser ut som en annan adress än länkens',
    fix: 'En länktext som är en adress, till exempel `www.1177.se` eller `namn@rjl.se`, ska leda dit den säger, annars kan den lura besökaren till en annan webbplats. Skriv länktexten med ord som beskriver målet, till exempel `[Läs mer om stödet](https://www.1177.se/barn)`, eller skriv samma adress som länken leder till. Texten `rjl.se` får leda till en sida på `utbildning.rjl.se`, som har samma ägare. Det gäller också `title` och `url` i en lista med länkar.',
  },
  'heading-level': {
    title: 'Rubriknivåerna hoppar eller börjar med `#`',
    fix: 'Sidans rubrik (`title`) är sidans enda huvudrubrik, så rubriker i texten börjar med `##`. Under en `##`-rubrik kommer `###`, under den `####`: hoppa inte över en nivå, eftersom skärmläsare använder rubrikerna som innehållsförteckning. Byt `#` mot `##` och rätta nivån på rubriken som hoppar.',
  },
  'yaml-limit': {
    title: 'Fälten är nästlade för djupt eller har för många alias',
    fix: 'Fälten i innehållet behöver sällan mer än tre eller fyra nivåer, och alias (`&namn` och `*namn`) behövs inte alls. Skriv ut värdena där de ska stå och gör strukturen enklare.',
  },
  'image-missing': {
    title: 'Bildfilen finns inte',
    fix: 'Det finns ingen bild där sökvägen pekar (sökvägen räknas från filens mapp), eller bilden hämtas från en annan webbplats. Lägg bilden i `content/images/` och skriv till exempel `../images/bild.jpg`.',
  },
  'image-content': {
    title: 'Bilden är inte vad filändelsen säger',
    fix: 'Filen är tom, eller dess innehåll är inte en bild av den typ som filändelsen säger (till exempel en SVG-bild, en webbsida eller text som fått namnet `.png`). Spara bilden på nytt som `.jpg`, `.png`, `.webp`, `.avif` eller `.gif` i ett bildprogram, eller ge den den filändelse som stämmer. SVG-bilder tas inte emot: de kan innehålla kod.',
  },
  symlink: {
    title: 'Symbolisk länk i content/',
    fix: 'En symbolisk länk (symlink) pekar på en annan fil eller mapp, kanske utanför `content/`, och skulle publicera den. Ta bort länken och lägg den riktiga filen på dess plats.',
  },
  'image-alt': {
    title: 'Bilden saknar alt-text',
    fix: 'Beskriv vad bilden visar inom hakparenteserna, till exempel `![Barn som leker i en park](../images/park.jpg)`, så att den som inte ser bilden får veta vad den visar.',
  },
  personnummer: {
    title: 'Personnummer i texten',
    fix: 'Ett giltigt personnummer eller samordningsnummer får aldrig publiceras: ta bort det. Är numret granskat och får finnas (till exempel ett testnummer från Skatteverket), lägg det i `content/personnummer-allowlist.yaml` med filens namn och ett skäl.',
  },
  'mdx-syntax': {
    title: 'Texten går inte att läsa som MDX',
    fix: 'Oftast är det ett `<` eller `{` som MDX tar för kod, eller en komponent som inte stängs. Skriv `\\<` och `\\{` om du menar tecknen, och stäng komponenter med `</Namn>` eller `/>`.',
  },
  'mdx-esm': {
    title: '`import` eller `export` i texten',
    fix: 'Rader med `import` och `export` är kod och är inte tillåtna. Komponenterna fungerar utan import: ta bort raden.',
  },
  'mdx-expression': {
    title: 'Klamrar `{ }` i texten',
    fix: 'Klamrar betyder kod i MDX. Skriv `\\{` och `\\}` om du menar tecknen. I en komponent skrivs attribut som `title="…"`, och bara `{true}` eller `{false}` får stå inom klamrar.',
  },
  'mdx-component': {
    title: 'Okänd eller felaktig komponent',
    fix: 'Bara komponenterna `Faktaruta`, `Citat` och `Video` är tillåtna; skriv allt annat med Markdown. `Video` skrivs utan innehåll, som `<Video … />`. Tomma taggar `<>` är inte tillåtna.',
  },
  'mdx-unknown-prop': {
    title: 'Okänt attribut på en komponent',
    fix: 'Komponenten har inget attribut med det namnet. Se vilka attribut varje komponent har under Komponenter i den här guiden.',
  },
  'mdx-prop-type': {
    title: 'Fel sorts värde i ett attribut',
    fix: 'Attributet ska ha ett annat slags värde: text inom citattecken (utan klamrar), `{true}` eller `{false}`, eller en webbadress som börjar med `https://`. Ett attribut utan värde eller ett tal är inte tillåtet.',
  },
  'mdx-missing-prop': {
    title: 'Ett attribut saknas på en komponent',
    fix: 'Komponenten behöver attributet, till exempel behöver `Video` både `url`, `title` och `captions`. Lägg till det.',
  },
  'mdx-event-handler': {
    title: 'Attribut som kör kod (`on…`)',
    fix: 'Attribut som `onclick` kör kod i besökarens webbläsare och är inte tillåtna. Ta bort dem.',
  },
  'mdx-script': {
    title: '`<script>` i texten',
    fix: 'Skript kör kod i besökarens webbläsare och är inte tillåtna. Ta bort taggen och allt i den.',
  },
  'mdx-style': {
    title: '`<style>` i texten',
    fix: 'Utseendet styrs av webbplatsens mallar. Ta bort taggen och allt i den.',
  },
  'mdx-iframe': {
    title: '`<iframe>` i texten',
    fix: 'Inbäddade sidor kan spåra besökarna. Använd komponenten `Video` för filmer från Vimeo eller YouTube, eller en vanlig länk.',
  },
  'raw-html': {
    title: 'HTML i texten',
    fix: 'Skriv med Markdown i stället för HTML-taggar. Formulär, `<object>` och `<embed>` är inte tillåtna. Komponenterna `Faktaruta`, `Citat` och `Video` fungerar bara i `.mdx`-filer.',
  },
  'javascript-url': {
    title: 'Adress som kör kod',
    fix: 'Adresser som börjar med `javascript:`, `vbscript:` eller `data:` är inte tillåtna. Använd en vanlig webbadress som börjar med `https://`, eller en fil i `content/`. De får inte heller stå i löptext eller i ett fälts text, eftersom ett e-postprogram kan göra dem till länkar: skriv till exempel "javascript-adress" utan kolon.',
  },
  'invisible-control': {
    title: 'Osynligt tecken i texten',
    fix: 'Texten innehåller ett tecken som inte syns: ett som ändrar textens riktning (U+202A–U+202E, U+2066–U+2069), som kan få texten att visas i en annan ordning än den är skriven, eller ett osynligt mellanslag eller annat tecken som inte syns (U+200B, U+2060–U+2064, U+FEFF, U+180E, U+115F, U+1160, U+3164, U+FFA0), som gör att ordet inte hittas när någon söker eller filtrerar. Meddelandet visar var tecknet står, som `[U+200B]`. Ta bort tecknet: radera och skriv om ordet runt det (det följer ofta med när man klistrar in text). Det gäller hela filen, fälten och texten, också när tecknet är skrivet som en kod, till exempel `&#x202E;` eller `"\\u202E"`. Mjukt bindestreck och de vanliga riktningsmarkeringarna (U+200E, U+200F) är tillåtna.',
  },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

/** Every rule id, in the order of the table (and of the guide). */
export const RULE_IDS = Object.keys(RULES) as RuleId[];

/**
 * The address of a rule's section in the editors' guide.
 * @param guideUrl the guide's address, e.g. `https://github.com/org/repo/blob/<sha>/content/README.md`
 * @example ruleUrl('unknown-key', 'https://x/README.md') // 'https://x/README.md#unknown-key'
 */
export function ruleUrl(rule: string, guideUrl: string): string {
  return `${guideUrl}#${rule}`;
}

/**
 * The editors' guide at the commit being checked, when running in GitHub Actions.
 * @param env the environment (`GITHUB_SERVER_URL`, `GITHUB_REPOSITORY`, `GITHUB_SHA`)
 * @param contentDir the content folder relative to the repository root
 * @returns undefined outside GitHub Actions
 * @example guideUrlFromEnv({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc' }) // 'https://github.com/o/r/blob/abc/content/README.md'
 */
export function guideUrlFromEnv(env: Record<string, string | undefined>, contentDir = 'content'): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  if (!server || !repository || !sha) return undefined;
  return `${server}/${repository}/blob/${sha}/${contentDir.replace(/^\.\/|\/+$/g, '')}/README.md`;
}

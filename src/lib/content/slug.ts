/**
 * Turns a name into a lower-case address part: å, ä and ö become a and o, other letters lose
 * their accents, and everything that is not a letter or a digit becomes one hyphen. With a
 * `maxLength`, a long name is cut after whole words. Entry ids (`npm run new`) and the plan
 * matrix's service filters both come from here.
 * @param text any name
 * @param maxLength the longest slug wanted; no limit when left out
 * @returns the slug, or an empty string when the name has no letter or digit
 * @example slugify('Hälso- och sjukvård (BHV)') // 'halso-och-sjukvard-bhv'
 * @example slugify('Föräldraskapsstöd i Nässjö') // 'foraldraskapsstod-i-nassjo'
 */
export function slugify(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

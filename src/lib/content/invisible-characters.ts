/**
 * Characters that show nothing (soft hyphen, zero-width spaces and joiners, direction marks and
 * controls, word joiner, byte order mark …), as a character class's body: removed before a text is
 * scanned by the personnummer scan (src/lib/validate/plain-text.ts), the scheme rule
 * (src/lib/validate/text-scheme.ts) and the link-text rule (link-text.ts). Which of them content may
 * not hold at all is another list (src/lib/validate/invisible-control.ts): the soft hyphen, the
 * joiners and the direction marks are seen through here but have their uses in text. Its own module,
 * with no imports: the content schemas read it through link-text.ts, and the Astro configuration
 * loads the schemas (never the validator).
 */
export const INVISIBLE_CHARACTERS =
  '\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\u3164\\ufeff\\uffa0';

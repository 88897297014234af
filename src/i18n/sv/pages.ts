/** Strings of the fixed pages: contact, about, accessibility, 404. */
export const pages = {} as const;

/**
 * Makes the web editor Swedish. Sveltia CMS ignores the `locale` option of its configuration and
 * takes its language from the preferences it saves in the browser, else from the browser's own
 * language; so, before the CMS module runs, a first visit gets Swedish as its saved preference (an
 * editor may still choose another language in the CMS's settings). Imported first by admin.ts:
 * modules run in the order of their imports.
 */
const PREFERENCES = 'sveltia-cms.prefs';

if (!localStorage.getItem(PREFERENCES)) localStorage.setItem(PREFERENCES, JSON.stringify({ locale: 'sv' }));

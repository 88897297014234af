/**
 * The web editor's page, `/admin/index.html`: no inline script (its CSP has `script-src 'self'`),
 * its own policy in a `<meta>` element, `noindex`, and the site's settings for the script.
 */
import { escapeAttribute, escapeText } from 'entities';
import { cms as strings } from '../../../i18n/sv/cms.ts';
import { SETTINGS_META, type AdminSettings } from '../../browser/cms/settings.ts';
import { adminCsp } from './csp.ts';

/**
 * @param settings what the script needs to know about the site
 * @param script the address of the editor's bundled script
 */
export function adminPage(settings: AdminSettings, script: string): string {
  return `<!DOCTYPE html>
<html lang="sv">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="content-security-policy" content="${escapeAttribute(adminCsp(settings.authUrl))}">
    <meta name="robots" content="noindex, nofollow">
    <meta name="referrer" content="same-origin">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeText(strings.title)}</title>
    <meta name="${SETTINGS_META}" content="${escapeAttribute(JSON.stringify(settings))}">
    <script type="module" src="${escapeAttribute(script)}"></script>
  </head>
  <body>
    <main id="not-configured" hidden>
      <h1>${escapeText(strings.notConfigured.title)}</h1>
      <p>${escapeText(strings.notConfigured.text)}</p>
    </main>
  </body>
</html>
`;
}

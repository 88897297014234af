import { describe, expect, it } from 'vitest';
import { SETTINGS_META } from '../../browser/cms/settings.ts';
import { adminCsp, adminHeaders } from './csp.ts';
import { withoutCdnFonts } from './bundle.ts';
import { adminPage } from './page.ts';

const html = adminPage({ repo: 'region/basta', branch: 'main', styles: ['/_astro/a.css'] }, '/admin/admin-abc.js');

describe('the web editor page', () => {
  it('carries its own policy: scripts only from the site, no eval, no plugins, no forms, nothing from other origins but GitHub', () => {
    const policy = adminCsp();
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("form-action 'none'");
    const origins = [...policy.matchAll(/https:\/\/[^\s;]+/g)].map((m) => m[0]);
    expect(origins).toEqual(['https://avatars.githubusercontent.com', 'https://api.github.com']);
    expect(html).toContain(`content="${policy.replace(/'/g, "'")}"`);
  });

  it("adds the OAuth client's origin to connect-src only when one is configured", () => {
    expect(adminCsp('https://auth.example.se/callback')).toMatch(/connect-src [^;]* https:\/\/auth\.example\.se(;|$)/);
    expect(adminCsp()).not.toContain('example');
  });

  it('is marked noindex, and the headers for hosts add frame-ancestors', () => {
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(adminHeaders()['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(adminHeaders()['X-Robots-Tag']).toBe('noindex, nofollow');
  });

  it('has no inline script and hands the settings to the script in a meta element', () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).toContain('<script type="module" src="/admin/admin-abc.js"></script>');
    const settings = /<meta name="([^"]+)" content="(\{[^"]*\})">/.exec(html.replace(/&quot;/g, "'"));
    expect(settings?.[1]).toBe(SETTINGS_META);
    expect(settings?.[2]).toContain("'repo':'region/basta'");
  });
});

describe('the bundle of the web editor', () => {
  it("drops the CMS's font rules that point to a CDN and keeps those of the bundled fonts", () => {
    const css =
      "/* https://fontsource.org/fonts/noto-mono/cdn */\n  @font-face {font-family:'Noto Mono';src:url(https://cdn.jsdelivr.net/x.woff2)\n format('woff2');\n  }\n@font-face{font-family:'Noto Mono';src:url(/admin/assets/noto.woff2)}";
    expect(withoutCdnFonts(css)).toBe("@font-face{font-family:'Noto Mono';src:url(/admin/assets/noto.woff2)}");
  });
});

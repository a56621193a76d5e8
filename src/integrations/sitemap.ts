import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Writes `sitemap.xml` listing every HTML page of the build (endpoints such as CSV files and the 404 page are left out). */
export default function sitemap(): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'policy-site:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base;
      },
      'astro:build:done': ({ dir, pages }) => {
        const origin = site ?? new URL('http://localhost/');
        const prefix = base.endsWith('/') ? base : `${base}/`;
        const urls = pages
          .map((page) => page.pathname)
          // The 404 page is no page of the site.
          .filter((pathname) => (pathname === '' || pathname.endsWith('/')) && !/^404\/?$/u.test(pathname))
          .map((pathname) => new URL(`${prefix}${pathname}`, origin).href)
          .sort();
        const xml = [
          '<?xml version="1.0" encoding="utf-8"?>',
          '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
          ...urls.map((url) => `  <url><loc>${url.replace(/&/gu, '&amp;')}</loc></url>`),
          '</urlset>',
          '',
        ].join('\n');
        writeFileSync(fileURLToPath(new URL('sitemap.xml', dir)), xml);
      },
    },
  };
}

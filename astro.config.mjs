// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { clauseAnchors } from './src/lib/markdown/clause-anchors.ts';
import { docCitations } from './src/lib/markdown/doc-citations.ts';
import { headingOrder } from './src/lib/markdown/heading-order.ts';
import { accessibleTables } from './src/lib/markdown/accessible-tables.ts';
import { publishedNoticePaths } from './src/lib/project/notice-paths.ts';
import validateProject from './src/integrations/validate-project.ts';
import sitemap from './src/integrations/sitemap.ts';
import downloads from './src/integrations/downloads.ts';
import { siteUrlSetting } from './src/lib/site-url.ts';

// GitHub Pages serves a project site under /<repo>/: the workflow sets SITE_BASE and SITE_URL.
const base = process.env.SITE_BASE ?? '/';
// The site's public address (README: "The site's address"): feeds, canonical links, the sitemap.
const siteUrl = siteUrlSetting(process.env);
if (siteUrl.warning && process.argv.includes('build')) console.warn(`[policy-site] ${siteUrl.warning}`);

// The dev server watches the project's folder. These folders hold build output, test copies and
// benchmark corpora (one of 10,000 notices is over a million files, past the system's file watchers),
// never the site's source.
const projectDir = fileURLToPath(new URL('.', import.meta.url));
const notWatched = ['bench-results', '.site', 'dist', '.dist.*', 'tests/.tmp'].map((folder) => path.join(projectDir, folder, '**'));

export default defineConfig({
  site: siteUrl.url,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Sätteri (Astro's default, parsing in Rust) with the project's plugins: several times faster
    // than the unified (JavaScript) pipeline on a large corpus.
    processor: satteri({
      mdastPlugins: [clauseAnchors, docCitations({ publishedNotices: publishedNoticePaths('.', base) }), headingOrder],
      hastPlugins: [accessibleTables],
      // Faithful text: never turn a transcribed " ' -- ... into typographic characters.
      features: { smartPunctuation: false },
    }),
  },
  integrations: [validateProject(), mdx(), downloads(), sitemap()],
  vite: {
    server: { watch: { ignored: notWatched } },
    build: {
      // Page scripts stay files, never inlined: the charts' script (3.6 KB) would otherwise be copied
      // into each of thousands of notice pages, where one cached file serves them all. Other assets
      // (styles) keep Vite's rule (inlined under 4 KB).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
});

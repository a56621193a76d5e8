// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkClauseAnchors } from './src/lib/markdown/remark-clause-anchors.ts';
import { remarkDocCitations } from './src/lib/markdown/remark-doc-citations.ts';
import { remarkHeadingOrder } from './src/lib/markdown/remark-heading-order.ts';
import { rehypeAccessibleTables } from './src/lib/markdown/rehype-accessible-tables.ts';
import { publishedNoticePaths } from './src/lib/project/notice-paths.ts';
import validateProject from './src/integrations/validate-project.ts';
import sitemap from './src/integrations/sitemap.ts';
import downloads from './src/integrations/downloads.ts';

// GitHub Pages serves a project site under /<repo>/: the workflow sets SITE_BASE and SITE_URL.
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkClauseAnchors, [remarkDocCitations, { publishedNotices: publishedNoticePaths('.', base) }], remarkHeadingOrder],
      rehypePlugins: [rehypeAccessibleTables],
    }),
  },
  integrations: [validateProject(), mdx(), downloads(), sitemap()],
});

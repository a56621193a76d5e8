// The only module that queries content collections. Pages get plain data from here and
// pass it to the pure builders in src/lib/pages.
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { ClauseRef } from '../lib/pages/notice-page.ts';
import type { SiteData } from '../lib/pages/site-data.ts';

let cached: Promise<SiteData> | undefined;

const rows = async <C extends 'units' | 'tasks' | 'targets' | 'milestones' | 'progress' | 'groups' | 'groupMembers' | 'regional'>(name: C) =>
  (await getCollection(name)).map((entry) => entry.data);

/** All notices and data rows of the site, loaded once per build. */
export function loadSiteData(): Promise<SiteData> {
  cached ??= (async () => ({
    notices: (await getCollection('notices')).map((entry) => ({ id: entry.id, frontmatter: entry.data })),
    units: await rows('units'),
    tasks: await rows('tasks'),
    targets: await rows('targets'),
    milestones: await rows('milestones'),
    progress: await rows('progress'),
    groups: await rows('groups'),
    groupMembers: await rows('groupMembers'),
    regional: await rows('regional'),
  }))();
  return cached;
}

/** Notice entries for rendering their MDX body. */
export function noticeEntries(): Promise<Array<CollectionEntry<'notices'>>> {
  return getCollection('notices');
}

/** Renders a notice's MDX; also returns the clause anchors the clause plugin found. */
export async function renderNotice(entry: CollectionEntry<'notices'>) {
  const { Content, remarkPluginFrontmatter } = await render(entry);
  const clauses = ((remarkPluginFrontmatter as { clauses?: ClauseRef[] }).clauses ?? []).map(({ id, label }) => ({ id, label }));
  return { Content, clauses };
}

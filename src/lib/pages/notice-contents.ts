/**
 * The collapsible contents of a notice page: its text's headings as a two-level list.
 * An attachment heading (`附件2`) and the title heading after it become one entry
 * (`附件2 2021年全市批而未供土地处置任务分解表`) linking to the attachment.
 */

/** A heading of the rendered text, as Astro reports it (`slug` is the element's id). */
export interface TextHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface ContentsEntry {
  id: string;
  label: string;
  children: ContentsEntry[];
}

const ATTACHMENT = /^附件\s*\d{0,2}$/u;

/** Builds the contents from the headings in reading order; headings deeper than two levels below the top are left out. */
export function noticeContents(headings: readonly TextHeading[]): ContentsEntry[] {
  // The clause permalink (¶) is part of a numbered heading's text.
  const clean = headings.map((heading) => ({ ...heading, text: heading.text.replace(/\s*¶\s*$/u, '').trim() })).filter((heading) => heading.text !== '');
  const merged: TextHeading[] = [];
  for (const heading of clean) {
    const previous = merged.at(-1);
    if (previous && ATTACHMENT.test(previous.text) && !ATTACHMENT.test(heading.text) && heading.depth <= previous.depth) {
      previous.text = `${previous.text} ${heading.text}`;
      continue;
    }
    merged.push({ ...heading });
  }
  const top = Math.min(...merged.map((heading) => heading.depth));
  const entries: ContentsEntry[] = [];
  for (const heading of merged) {
    const entry = { id: heading.slug, label: heading.text, children: [] };
    const parent = entries.at(-1);
    if (heading.depth === top || !parent) entries.push(entry);
    else if (heading.depth === top + 1) parent.children.push(entry);
  }
  return entries;
}

/** How many entries the contents lists, at both levels. */
export const contentsSize = (entries: readonly ContentsEntry[]): number => entries.reduce((sum, entry) => sum + 1 + entry.children.length, 0);

// Renders search results as DOM nodes (never as HTML strings: page text is data, not markup).
import type { ClauseHit, PageMatch } from '../../lib/search/match.ts';
import { formatDateZh } from '../../lib/format.ts';
import { withTextFragment } from '../../lib/search/text-fragment.ts';

/** The clause link of a hit, opening the page with the first occurrence highlighted. */
const hitHref = (hit: ClauseHit) => withTextFragment(hit.href, hit.excerpt.find((part) => part.mark)?.text ?? '');

/** Clause hits shown for a page before "显示其余…". */
export const HITS_SHOWN = 3;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function hitParagraph(hit: ClauseHit): HTMLParagraphElement {
  const paragraph = element('p', 'hit');
  const link = element('a');
  link.setAttribute('href', hitHref(hit));
  if (hit.label) link.append(element('span', 'hit-label', hit.label.length > 24 ? `${hit.label.slice(0, 24)}…` : hit.label));
  for (const part of hit.excerpt) link.append(part.mark ? element('mark', undefined, part.text) : document.createTextNode(part.text));
  if (hit.count > 1) link.append(element('span', 'hit-count', `（此条 ${hit.count} 处）`));
  paragraph.append(link);
  return paragraph;
}

/**
 * One result: its title linking to the page (at the clause of the first occurrence), number, issuer
 * and date, then the clauses where the query occurs.
 */
export function resultItem(match: PageMatch): HTMLLIElement {
  const item = element('li', 'search-result');
  item.dataset['url'] = match.url;
  const link = element('a', 'result-title', match.title);
  link.setAttribute('href', match.hits[0] ? hitHref(match.hits[0]) : match.url);
  item.append(link);

  const facts: Array<string | HTMLElement> = [];
  if (match.docNumber) facts.push(match.docNumber);
  if (match.issuer) facts.push(match.issuer);
  if (match.date) {
    const time = element('time', undefined, formatDateZh(match.date));
    time.dateTime = match.date;
    facts.push(time);
  }
  if (match.count > 0) facts.push(`${match.count} 处`);
  if (facts.length > 0) {
    const meta = element('p', 'result-meta');
    facts.forEach((fact, index) => {
      if (index > 0) meta.append(' · ');
      meta.append(fact);
    });
    item.append(meta);
  }

  if (match.hits.length > 0) {
    const hits = element('div', 'result-hits');
    hits.append(...match.hits.slice(0, HITS_SHOWN).map(hitParagraph));
    item.append(hits);
    const rest = match.hits.slice(HITS_SHOWN);
    if (rest.length > 0) {
      const more = element('button', 'more-hits', `显示本页其余 ${rest.reduce((total, hit) => total + hit.count, 0)} 处（${rest.length} 个条款）`);
      more.type = 'button';
      more.addEventListener('click', () => {
        const added = rest.map(hitParagraph);
        hits.append(...added);
        more.remove();
        added[0]?.querySelector('a')?.focus();
      });
      item.append(more);
    }
  }
  return item;
}

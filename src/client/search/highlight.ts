// Fallback for browsers without text fragments: a search result links to `page#id:~:text=words`;
// such a browser neither scrolls to nor highlights the words (and may not even go to the id). Here
// the first occurrence of the words after the element with the id (else in the main text) is marked
// (<mark class="search-highlight">) and scrolled to. Browsers with text fragments
// (document.fragmentDirective) do it themselves.
import { readTextFragment } from '../../lib/search/text-fragment.ts';

export function highlightTextFragment(): void {
  if ((document as { fragmentDirective?: unknown }).fragmentDirective !== undefined) return;
  // Where the browser keeps the directive: in the hash, or (when it strips it) in the navigation's URL.
  const navigation = performance.getEntriesByType('navigation')[0]?.name;
  const target = readTextFragment(location.hash) ?? (navigation ? readTextFragment(new URL(navigation).hash) : undefined);
  const main = document.getElementById('main');
  if (!target || !main) return;
  const start = (target.id && document.getElementById(target.id)) || main;
  // Text of the clause follows its element (a heading, then its paragraphs): walk on from it.
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  walker.currentNode = start;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(target.text);
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + target.text.length);
    const mark = document.createElement('mark');
    mark.className = 'search-highlight';
    range.surroundContents(mark);
    mark.scrollIntoView({ block: 'center' });
    return;
  }
  // The words run across elements: at least show the clause.
  if (start !== main) start.scrollIntoView();
}

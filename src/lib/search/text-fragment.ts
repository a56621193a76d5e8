/**
 * Links that open a page with the matched words highlighted: text fragments (`#id:~:text=…`), which
 * Chromium-based browsers, Safari and recent Firefox highlight and scroll to, and a reader for the
 * fallback script of other browsers (src/client/search/highlight.ts). Pure functions.
 */

const DIRECTIVE = ':~:text=';

/** `text` as a text-fragment value: percent-encoded, with the characters the syntax uses (`-`, `,`, `&`) encoded too. */
function encodeText(text: string): string {
  return encodeURIComponent(text).replace(/-/gu, '%2D');
}

/** `href` (a path, optionally with `#id`) with a text fragment for `text`; `href` unchanged when `text` is blank. */
export function withTextFragment(href: string, text: string): string {
  const words = text.replace(/\s+/gu, ' ').trim();
  if (!words) return href;
  return `${href}${href.includes('#') ? '' : '#'}${DIRECTIVE}${encodeText(words)}`;
}

/**
 * Reads a location hash as a browser without text fragments leaves it: the element id before the
 * directive (may be empty) and the text to highlight. Undefined when the hash has no text directive.
 */
export function readTextFragment(hash: string): { id: string; text: string } | undefined {
  const raw = hash.replace(/^#/u, '');
  const at = raw.indexOf(DIRECTIVE);
  if (at === -1) return undefined;
  // Only the first directive, and only its plain form (no prefix-, -suffix or start,end ranges).
  const value = raw.slice(at + DIRECTIVE.length).split('&')[0]!;
  if (/[,]/u.test(value) || /^[^%]*-$|^-/u.test(value)) return undefined;
  try {
    const text = decodeURIComponent(value);
    const id = decodeURIComponent(raw.slice(0, at));
    return text ? { id, text } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Compares a transcription with its source text, ignoring only what transcription may change:
 * whitespace and line breaks, page-number lines, Markdown/MDX markup and editorial notes.
 * Used by a test over every notice, so that "every sentence in source order" is checked, not assumed.
 */

/**
 * The source's characters in order: page-number lines (`- 7 -`), all whitespace and the `**`
 * bold markers some extracts carry (formatting, not text) removed.
 */
export function sourceCharacters(source: string): string {
  return source
    .split('\n')
    .filter((line) => !/^\s*[-—–]\s*\d+\s*[-—–]\s*$/u.test(line))
    .join('')
    .replace(/\*\*/gu, '')
    .replace(/\s+/gu, '');
}

/** The transcription's text characters in order: markup, editorial notes and whitespace removed. */
export function transcriptionCharacters(mdxBody: string): string {
  return mdxBody
    .replace(/<EditorialNote>[\s\S]*?<\/EditorialNote>/gu, '')
    .split('\n')
    .filter((line) => !/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/u.test(line))
    .map((line) => line.replace(/^\s*#{1,6}\s+/u, ''))
    .join('')
    .replace(/\*\*/gu, '')
    .replace(/\\(.)/gu, '$1')
    .replace(/\|/gu, '')
    .replace(/\s+/gu, '');
}

/** Where two character sequences first differ, with some context, or undefined if equal. */
export function firstDifference(expected: string, actual: string, context = 20): { offset: number; expected: string; actual: string } | undefined {
  if (expected === actual) return undefined;
  let offset = 0;
  while (offset < expected.length && expected[offset] === actual[offset]) offset += 1;
  const from = Math.max(0, offset - context);
  return { offset, expected: expected.slice(from, offset + context), actual: actual.slice(from, offset + context) };
}

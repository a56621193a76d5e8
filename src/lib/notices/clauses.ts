/**
 * Clause numbering of Chinese official documents and the stable anchors derived from it.
 *
 * Levels, as documents number them: 1 `一、`, 2 `（一）`, 3 `1.` / `1．` / `1、`, 4 `（1）`.
 * A marker resets the deeper levels; a skipped level counts as 0 in the anchor.
 * Attachments (`附件1`) restart the numbering and prefix anchors with `a1-`.
 * See docs/authoring.md for the contract the transcriptions follow.
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Parses a Chinese numeral up to 99 (`一` → 1, `十二` → 12, `二十` → 20). Returns undefined if not one. */
export function parseChineseNumeral(text: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十]+$/u.test(text)) return undefined;
  const tenIndex = text.indexOf('十');
  if (tenIndex === -1) return text.length === 1 ? DIGITS[text] : undefined;
  const tens = tenIndex === 0 ? 1 : DIGITS[text.slice(0, tenIndex)];
  const unitsText = text.slice(tenIndex + 1);
  const units = unitsText === '' ? 0 : DIGITS[unitsText];
  if (tens === undefined || units === undefined || text.length > 3) return undefined;
  return tens * 10 + units;
}

const CHINESE_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Formats 1–99 as a Chinese numeral (12 → 十二). */
export function formatChineseNumeral(value: number): string {
  if (value < 10) return CHINESE_NUMERALS[value] ?? String(value);
  const tens = Math.floor(value / 10);
  const units = value % 10;
  return `${tens === 1 ? '' : CHINESE_NUMERALS[tens]}十${CHINESE_NUMERALS[units]}`;
}

/** A clause marker found at the start of a heading or paragraph. */
export interface ClauseMarker {
  /** 1 `一、`, 2 `（一）`, 3 `1.`, 4 `（1）`. */
  level: 1 | 2 | 3 | 4;
  /** The number, 1-based. */
  number: number;
  /** The marker as printed, e.g. `（一）`. */
  printed: string;
}

const MARKER_PATTERNS: ReadonlyArray<{ level: ClauseMarker['level']; pattern: RegExp; chinese: boolean }> = [
  { level: 1, pattern: /^([零〇一二两三四五六七八九十]{1,3})、/u, chinese: true },
  { level: 2, pattern: /^[（(]([零〇一二两三四五六七八九十]{1,3})[）)]/u, chinese: true },
  // `1.2` would be a decimal, not a clause: require something other than a digit after the dot.
  { level: 3, pattern: /^(\d{1,2})(?:[.．](?!\d)|、)/u, chinese: false },
  { level: 4, pattern: /^[（(](\d{1,2})[）)]/u, chinese: false },
];

/** Reads the clause marker at the start of `text` (after leading spaces), if there is one. */
export function parseClauseMarker(text: string): ClauseMarker | undefined {
  const trimmed = text.replace(/^[\s\u3000]+/u, '');
  for (const { level, pattern, chinese } of MARKER_PATTERNS) {
    const match = pattern.exec(trimmed);
    if (!match?.[1]) continue;
    const number = chinese ? parseChineseNumeral(match[1]) : Number(match[1]);
    if (number === undefined || number === 0) continue;
    return { level, number, printed: match[0] };
  }
  return undefined;
}

/** Recognises the heading that starts an attachment: `附件`, `附件1`, `附件 2`. */
export function parseAttachmentHeading(text: string): number | undefined {
  const match = /^附件\s*(\d{0,2})$/u.exec(text.trim());
  if (!match) return undefined;
  return match[1] ? Number(match[1]) : 1;
}

/** A block of the document (heading or paragraph) in reading order. */
export interface DocumentBlock {
  /** Plain text of the block. */
  text: string;
  /** True for a Markdown heading: only headings can start an attachment. */
  isHeading: boolean;
}

/** The anchor a block receives. */
export interface ClauseAnchor {
  /** HTML id, e.g. `c3-1-2` or `a1-c2`; attachments themselves get `a1`. */
  id: string;
  /** Citation label as the document numbers it, e.g. `三（一）2`, `附件1 二`. */
  label: string;
}

function clauseLabel(path: readonly number[]): string {
  return path
    .map((value, index) => {
      if (value === 0) return '';
      if (index === 0) return formatChineseNumeral(value);
      if (index === 1) return `（${formatChineseNumeral(value)}）`;
      if (index === 2) return String(value);
      return `（${value}）`;
    })
    .join('');
}

/**
 * Assigns anchors to the blocks of one document, in order. Returns one entry per block:
 * the anchor, or undefined for an unnumbered block.
 * Ids are unique: a repeated number (a source that numbers two items alike) gets a `-b`, `-c` … suffix.
 */
export function assignClauseAnchors(blocks: readonly DocumentBlock[]): Array<ClauseAnchor | undefined> {
  const path: number[] = [];
  let attachment: number | undefined;
  const used = new Set<string>();
  const unique = (id: string): string => {
    let candidate = id;
    for (let suffix = 1; used.has(candidate); suffix += 1) candidate = `${id}-${String.fromCharCode(97 + suffix)}`;
    used.add(candidate);
    return candidate;
  };

  // After `附件：1.…` the numbered lines list the attachments; they are not clauses.
  let inAttachmentList = false;

  return blocks.map((block) => {
    if (block.isHeading) inAttachmentList = false;
    if (/^附件[:：]/u.test(block.text)) {
      inAttachmentList = true;
      return undefined;
    }
    if (inAttachmentList) return undefined;
    if (block.isHeading) {
      const attachmentNumber = parseAttachmentHeading(block.text);
      if (attachmentNumber !== undefined) {
        attachment = attachmentNumber;
        path.length = 0;
        return { id: unique(`a${attachmentNumber}`), label: `附件${attachmentNumber}` };
      }
    }
    const marker = parseClauseMarker(block.text);
    if (!marker) return undefined;
    const depth = marker.level - 1;
    while (path.length < depth) path.push(0);
    path.length = depth;
    path.push(marker.number);
    const prefix = attachment === undefined ? '' : `a${attachment}-`;
    const labelPrefix = attachment === undefined ? '' : `附件${attachment} `;
    return { id: unique(`${prefix}c${path.join('-')}`), label: `${labelPrefix}${clauseLabel(path)}` };
  });
}

/**
 * Splits an MDX body into blocks the way Markdown does for our transcriptions: blank-line
 * separated; `#` headings; table rows and JSX elements are not blocks that carry clauses.
 * Used where the Markdown pipeline is not available (data checks); it must agree with the
 * Markdown plugin (src/lib/markdown/clause-anchors.ts), which a unit test asserts on the real notices.
 */
export function splitMdxBlocks(body: string): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  for (const chunk of body.split(/\n\s*\n/u)) {
    const text = chunk.trim();
    if (text === '' || text.startsWith('<') || text.startsWith('|') || text.startsWith('import ')) continue;
    const heading = /^#{1,6}\s+(.*)$/su.exec(text);
    const content = (heading ? (heading[1] ?? '') : text)
      .replace(/\\(.)/gu, '$1')
      .replace(/\*\*/gu, '')
      .replace(/\s*\n\s*/gu, '');
    blocks.push({ text: content, isHeading: Boolean(heading) });
  }
  return blocks;
}

/**
 * A short, stable HTML id for a heading that carries no clause number (a title, an attachment's title):
 * `h-` and a base-36 hash of its text, so the id stays the same when other text moves around it and
 * stays short in a link (the text itself, percent-encoded, would make ids of 200+ characters).
 * Deterministic; ids of one document are made unique by the caller.
 */
export function headingId(text: string): string {
  // FNV-1a, 32 bits: enough to tell a document's few headings apart (collisions get a suffix).
  let hash = 0x811c9dc5;
  for (const char of text.normalize('NFKC').replace(/\s+/gu, '')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `h-${hash.toString(36)}`;
}

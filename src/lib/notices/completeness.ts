/**
 * What a notice's text prints that the structured data must hold: the people of its roster
 * clauses with their roles, and its dated stages and deadlines with the clause they are in.
 * Used by the completeness test of the real notices (tests/unit/notice-completeness.test.ts).
 */
import { assignClauseAnchors, splitMdxBlocks } from './clauses.ts';

/** A person printed in a roster: `组长：张国强 政府副县长` gives role 组长, name 张国强. */
export interface PrintedMember {
  role: string;
  name: string;
  /** The paragraph it was read from. */
  text: string;
}

const ROLE_LINE = /^(组长|常务副组长|副组长|成员|组员)[:：]\s*(.*)$/u;
// A name is 2–4 Han characters followed by a space or an opening bracket and the position.
const NAME_FIRST = /^([\u4e00-\u9fff]{2,4})(?:\s+|[（(])\S/u;
const OFFICE_HEAD = /办公室主任由([\u4e00-\u9fff]{2,4})同志兼任/u;

/**
 * The members printed in roster clauses, in order. A roster is a paragraph starting with a
 * role (`组长：`, `副组长:` …) and the name paragraphs after it, which take the same role until a
 * paragraph that is not a name and position; `办公室主任由X同志兼任` names the office head.
 */
export function printedMembers(mdxBody: string): PrintedMember[] {
  const members: PrintedMember[] = [];
  let role: string | undefined;
  for (const block of splitMdxBlocks(mdxBody)) {
    const text = block.text;
    const roleLine = ROLE_LINE.exec(text);
    const rest = roleLine ? (roleLine[2] ?? '') : text;
    if (roleLine) role = roleLine[1];
    const name = role !== undefined && !block.isHeading ? NAME_FIRST.exec(rest)?.[1] : undefined;
    if (name && role) members.push({ role, name, text });
    else if (!roleLine) role = undefined;
    const head = OFFICE_HEAD.exec(text)?.[1];
    if (head) members.push({ role: '办公室主任', name: head, text });
  }
  return members;
}

/** A dated stage or deadline printed in the text, with the clause it stands in. */
export interface PrintedDeadline {
  /** Anchor of the innermost numbered clause it is in (`c4-2`), or '' before the first one. */
  clause: string;
  /** As printed: `清理处置阶段(5月31日 — 11月30日)`, `9月30日前`, `2022年年底前`. */
  phrase: string;
  text: string;
}

// A stage with its dates in brackets, or a date followed by 前 (a deadline).
const DEADLINE = /[\u4e00-\u9fff]{2,4}阶段\s*[（(][^）)]*\d[^）)]*[）)]|(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日|底)|年底)(?:之?前)/gu;

/** The dated stages and deadlines of a notice's text, in order. */
export function printedDeadlines(mdxBody: string): PrintedDeadline[] {
  const blocks = splitMdxBlocks(mdxBody);
  const anchors = assignClauseAnchors(blocks);
  const found: PrintedDeadline[] = [];
  let clause = '';
  blocks.forEach((block, index) => {
    clause = anchors[index]?.id ?? clause;
    for (const match of block.text.matchAll(DEADLINE)) found.push({ clause, phrase: match[0], text: block.text });
  });
  return found;
}

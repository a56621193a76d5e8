import { assignClauseAnchors, splitMdxBlocks } from './clauses.ts';

/** A clause anchor and its citation label. */
export interface ClauseRef {
  id: string;
  label: string;
}

/** The clause anchors of an MDX body, in order (same algorithm as the remark plugin). */
export function clauseIndexOf(mdxBody: string): ClauseRef[] {
  return assignClauseAnchors(splitMdxBlocks(mdxBody)).flatMap((anchor) => (anchor ? [anchor] : []));
}

/** The clause `id` of a notice's clauses, or a reference labelled with the id itself when the text has no such clause. */
export function clauseRef(clauses: readonly ClauseRef[], id: string): ClauseRef {
  return clauses.find((clause) => clause.id === id) ?? { id, label: id };
}

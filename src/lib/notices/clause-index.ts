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

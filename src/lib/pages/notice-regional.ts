import { checkRegionalTable, regionalTableView, type ConsistencyFinding, type RegionalTableView, type Verdict } from '../consistency/regional-checks.ts';
import { clauseRef, type ClauseRef } from '../notices/clause-index.ts';
import type { SiteData } from './site-data.ts';
import { siteIndex } from './site-index.ts';

/** A per-area table printed in a notice, with the checks of its figures (src/components/notices/RegionalTables.astro). */
export interface RegionalTableSection {
  view: RegionalTableView;
  /** The clause the table is printed in, labelled as the page cites it. */
  clause: ClauseRef;
  findings: ConsistencyFinding[];
  /** The findings that are not consistent (a mismatch, or a gap within rounding), in order. */
  problems: ConsistencyFinding[];
  /** By row of `view.rows` and measure of `view.measures`: the verdict of the first problem at that cell, if any. */
  flags: Array<Array<Exclude<Verdict, 'consistent'> | undefined>>;
}

/** The per-area tables of a notice, in file order. */
export function noticeRegionalTables(site: SiteData, noticeId: string): RegionalTableSection[] {
  const clauses = site.clauses[noticeId] ?? [];
  const cellsByTable = Map.groupBy(siteIndex(site).regionalByNotice.get(noticeId) ?? [], (cell) => cell.table);
  return [...cellsByTable.values()].map((cells) => {
    const view = regionalTableView(cells);
    const findings = checkRegionalTable(view, site.regionalFormulas);
    const problems = findings.filter((finding) => finding.verdict !== 'consistent');
    const flags = view.rows.map((row) =>
      view.measures.map(
        (measure) =>
          problems.find((finding) => finding.area === row.area && finding.measure === measure.name)?.verdict as Exclude<Verdict, 'consistent'> | undefined,
      ),
    );
    return { view, clause: clauseRef(clauses, view.clause), findings, problems, flags };
  });
}

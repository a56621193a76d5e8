// The frozen fixture project (tests/fixtures/frozen-site/: a copy of content/ and data/ as they were
// when the content-specific tests were written) with the site's code copied in and a small git history
// of its own, so that its change log and feeds are the same on every run.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { commit, git } from '../../support/git.ts';
import { FROZEN_PROJECT, copySiteCode } from '../../support/site-copy.ts';

/** The 统计日 the frozen site is always built for (whatever SITE_AS_OF the live build gets). */
export const FROZEN_AS_OF = '2023-12-31';

/** The progress file whose rows the second commit adds (the first commits it with its header only). */
export const FROZEN_REPORTED = 'data/progress/anze-2022-50.csv';

/** The commits of the frozen project, oldest first. */
export const FROZEN_HISTORY = [
  { subject: '收录五份文件及其任务、目标、领导小组和分区域数据', date: '2023-01-10T09:00:00+08:00' },
  { subject: '登记安政办发〔2022〕50号的进展报告', date: '2023-02-20T10:30:00+08:00' },
] as const;

/**
 * Makes the frozen project in the empty folder `into`: the site's code, the fixture's content/ and
 * data/, and a git repository whose history is {@link FROZEN_HISTORY}. Returns `into`.
 */
export function makeFrozenProject(into: string): string {
  copySiteCode(into, { withContent: true, contentFrom: FROZEN_PROJECT });
  const reported = path.join(into, FROZEN_REPORTED);
  const rows = readFileSync(reported, 'utf8');
  git(into, ['init', '-q']);
  writeFileSync(reported, `${rows.split('\n')[0]}\n`);
  commit(into, FROZEN_HISTORY[0].subject, FROZEN_HISTORY[0].date, ['content', 'data']);
  writeFileSync(reported, rows);
  commit(into, FROZEN_HISTORY[1].subject, FROZEN_HISTORY[1].date, ['data']);
  return into;
}

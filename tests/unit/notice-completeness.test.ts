import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/lib/project/load-project.ts';
import { printedDeadlines, printedMembers } from '../../src/lib/notices/completeness.ts';
import { readFileSync } from 'node:fs';
import { splitFrontmatter } from '../../src/lib/notices/frontmatter.ts';

describe('reading rosters and deadlines from a notice text', () => {
  it('reads every member of a roster with the role printed before it, and the office head', () => {
    const body =
      '## 附件\n\n组长：张国强 政府副县长\n\n副组长：付强 管委会副主任\n\n薛金权 自然资源局局长\n\n成员：党辉亮（政府办主任）\n\n王文亮 财政局副局长\n\n领导组下设办公室，办公室主任由薛金权同志兼任。\n\n安泽县人民政府办公室 2023年6月9日印发\n';
    expect(printedMembers(body).map((member) => `${member.role}:${member.name}`)).toEqual([
      '组长:张国强',
      '副组长:付强',
      '副组长:薛金权',
      '成员:党辉亮',
      '成员:王文亮',
      '办公室主任:薛金权',
    ]);
  });
  it('finds dated stages and deadlines in their clauses, and no other dates', () => {
    const body =
      '### 四、工作步骤\n\n#### （一）安排部署阶段(5月10日 — 5月30日)\n\n各单位立即启动。\n\n#### （二）清理处置阶段(5月31日 — 11月30日)\n\n1.整改时限：2022年9月15日前。11月底前全面完成，2021年年底前完善手续。\n\n2022年6月9日印发\n';
    expect(printedDeadlines(body).map((found) => `${found.clause} ${found.phrase}`)).toEqual([
      'c4-1 安排部署阶段(5月10日 — 5月30日)',
      'c4-2 清理处置阶段(5月31日 — 11月30日)',
      'c4-2-1 2022年9月15日前',
      'c4-2-1 11月底前',
      'c4-2-1 2021年年底前',
    ]);
  });
});

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Dated phrases that set no deadline of a task, each with the reason. Every other dated stage or
 * deadline in a notice must have a task (or a target or milestone) in its clause.
 */
const NOT_DEADLINES: Record<string, string> = {
  'anze-2022-50 c2-1-1 年底前': '“存在问题”中复述的年度目标，目标见 三（一）3（2）（anze-2022-50-standard-land-2022）',
  'xixian-2023-2 c2-1-3 2018年年底前': '说明哪类用地（2018年年底前未供即用的项目用地），不是期限',
  'zhumadian-2021-19 c3-4 2018年年底前': '说明哪类用地（2018年年底前已批未供即用的项目用地），不是期限',
};

describe('the data holds what every notice prints', () => {
  const { dataset, problems } = loadProject(ROOT);
  const bodies = dataset.notices.map((notice) => ({
    id: notice.id,
    body: splitFrontmatter(readFileSync(path.join(ROOT, 'content/notices', `${notice.id}.mdx`), 'utf8'))!.body,
  }));

  it('loads the project', () => expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]));

  it.each(bodies)('$id: every person printed in a roster clause is in data/group-members/ with the printed role', ({ id, body }) => {
    const groups = new Set(dataset.groups.filter((group) => group.notice === id).map((group) => group.id));
    const held = dataset.groupMembers.filter((member) => groups.has(member.group)).map((member) => `${member.role}:${member.name}`);
    const missing: string[] = [];
    for (const member of printedMembers(body)) {
      const index = held.indexOf(`${member.role}:${member.name}`);
      if (index === -1) missing.push(`${member.role}:${member.name}（${member.text}）`);
      else held.splice(index, 1);
    }
    expect(missing).toEqual([]);
  });

  it.each(bodies)('$id: every dated stage or deadline in the text has a task in its clause', ({ id, body }) => {
    const inClause = (clause: string) => (candidate: string) => candidate === clause || candidate.startsWith(`${clause}-`);
    const dated = [
      ...dataset.tasks.filter((task) => task.notice === id && task.deadline).map((task) => task.clause),
      ...dataset.targets.filter((target) => target.notice === id && target.due && target.clause).map((target) => target.clause!),
      ...dataset.milestones.filter((milestone) => milestone.notice === id && milestone.clause).map((milestone) => milestone.clause!),
    ];
    const missing = printedDeadlines(body)
      .filter((found) => !dated.some(inClause(found.clause)))
      .map((found) => `${id} ${found.clause} ${found.phrase}`)
      .filter((key) => NOT_DEADLINES[key] === undefined);
    expect(missing).toEqual([]);
  });
});

import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Path of the small valid project used by data tests. */
export const MINI_PROJECT = path.resolve(import.meta.dirname, '../fixtures/mini-project');

/** Valid CSV files of the mini project, by path; tests override single files to break them. */
export const MINI_DATA: Readonly<Record<string, string>> = {
  'data/units/test.csv':
    'id,name,jurisdiction,kind,aliases,note\ntest-zrzyj,测试县自然资源局,测试县,部门,县自然资源局、自然资源局,\ntest-gxbm,各相关部门,测试县,统称,,\n',
  'data/tasks/test-2022-1.csv':
    'id,notice,clause,title,deadline,deadline_text,responsible,lead,cooperating,guiding,note\ntest-2022-1-t01,test-2022-1,c1-0-1,明确责任主体。,2022-09-15,2022年9月15日前,自然资源局、各相关部门,,,,\n',
  'data/task-updates/test-2022-1.csv': 'task,as_of,state,source,note\ntest-2022-1-t01,2022-09-20,进行中,测试县自然资源局2022年9月20日报告,\n',
  'data/targets/test-2022-1.csv':
    'id,notice,clause,title,unit,value,comparison,due,due_text,area,parent,cumulative,note\ntest-2022-1-clear,test-2022-1,c1,清理任务,亩,127.53,exactly,2022-11-30,11月底前,,,true,\n',
  'data/milestones/test-2022-1.csv': 'target,notice,clause,due,due_text,value,unit,note\ntest-2022-1-clear,test-2022-1,c1,2022-06-30,6月底,50,%,\n',
  'data/progress/test-2022-1.csv': 'target,as_of,value,unit,source,source_clause,note\ntest-2022-1-clear,2022-09-14,48.2,亩,test-2022-1,c1,\n',
  'data/groups/test-2022-1.csv': 'id,notice,clause,name,parent,office,duties\ntest-2022-1-g1,test-2022-1,a1,测试领导小组,,,\n',
  'data/group-members/test-2022-1.csv': 'group,order,role,name,position\ntest-2022-1-g1,1,组长,张三,县长\n',
  'data/regional/test-2022-1.csv':
    'table,notice,clause,row,area,kind,parent,measure,value,unit\ntest-2022-1-a1,test-2022-1,a1,1,甲区,area,合计,面积,10,亩\ntest-2022-1-a1,test-2022-1,a1,2,合计,total,,面积,10,亩\n',
  'data/regional-formulas/test-2022-1.csv': 'table,measure,formula,source,note\ntest-2022-1-a1,面积,[面积] * 1,测试,\n',
};

/**
 * Copies the mini project to a fresh temporary folder and writes its data files, with
 * `overrides` replacing (or, when null, removing) single files. Returns the folder.
 */
export function makeProject(overrides: Readonly<Record<string, string | Uint8Array | null>> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'policy-site-'));
  cpSync(MINI_PROJECT, root, { recursive: true });
  const files: Record<string, string | Uint8Array | null> = { ...MINI_DATA, ...overrides };
  for (const [file, content] of Object.entries(files)) {
    if (content === null) continue;
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

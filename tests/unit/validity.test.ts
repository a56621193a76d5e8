import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateNoticeFrontmatter, validityOf } from '../../src/lib/notices/frontmatter.ts';
import { describeValidity, noticesOfValidity, validityFilters, validityLabel } from '../../src/lib/pages/notice-list.ts';
import { MINI_PROJECT } from '../support/project.ts';

const notice = readFileSync(path.join(MINI_PROJECT, 'content/notices/test-2022-1.mdx'), 'utf8');
const withValidity = (yaml: string) => notice.replace('sourceFile: test.txt', `sourceFile: test.txt\nvalidity:\n${yaml}`);

describe('the validity field', () => {
  it('is 未注明 when a notice states none', () => {
    const { data, problems } = validateNoticeFrontmatter(notice, 'n.mdx');
    expect(problems).toEqual([]);
    expect(validityOf(data!)).toEqual({ status: '未注明' });
    expect(describeValidity(validityOf(data!))).toMatch(/^未注明。本站收录的文件没有写明本文件的有效期，也没有写明它已失效或被废止/u);
  });

  it('records a repeal with its date, the repealing document and where it says so', () => {
    const { data, problems } = validateNoticeFrontmatter(
      withValidity('  status: 废止\n  date: 2023-03-01\n  by:\n    docNumber: 测政办发〔2023〕2号\n  source: 测政办发〔2023〕2号 五'),
      'n.mdx',
    );
    expect(problems).toEqual([]);
    const validity = validityOf(data!);
    expect(validityLabel(validity)).toBe('废止（2023年3月1日）');
    expect(describeValidity(validity)).toBe('废止：2023年3月1日起，由 测政办发〔2023〕2号废止。出处：测政办发〔2023〕2号 五。');
  });

  it('records a 有效期 as printed', () => {
    const { data } = validateNoticeFrontmatter(withValidity('  status: 有效\n  period: 有效期至2025年12月31日\n  until: 2025-12-31\n  source: c8'), 'n.mdx');
    expect(describeValidity(validityOf(data!))).toBe('有效：原文“有效期至2025年12月31日”。出处：c8。');
  });

  it.each([
    ['a status without its source', '  status: 失效\n  date: 2023-03-01', '出处'],
    ['未注明 with a date', '  status: 未注明\n  date: 2023-03-01', '未注明时不能填写'],
    ['an unknown status', '  status: 过期\n  source: c1', 'validity.status'],
    ['an impossible date', '  status: 废止\n  date: 2023-02-30\n  source: c1', '不存在'],
  ])('rejects %s', (_name, yaml, phrase) => {
    const { problems } = validateNoticeFrontmatter(withValidity(yaml), 'n.mdx');
    expect(problems.map((problem) => problem.message).join('\n')).toContain(phrase);
  });

  it('offers the statuses present, as filters of the list', () => {
    const item = (id: string, yaml?: string) => ({ id, frontmatter: validateNoticeFrontmatter(yaml ? withValidity(yaml) : notice, 'n.mdx').data! });
    const notices = [item('a'), item('b', '  status: 废止\n  date: 2023-03-01\n  source: x'), item('c')];
    expect(validityFilters(notices)).toEqual([
      { label: '废止', slug: '废止', count: 1 },
      { label: '未注明', slug: '未注明', count: 2 },
    ]);
    expect(noticesOfValidity(notices, '废止').map((entry) => entry.id)).toEqual(['b']);
  });
});

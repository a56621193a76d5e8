import { describe, expect, it } from 'vitest';
import { createUnitResolver } from '../../src/lib/data/units.ts';
import type { UnitRow } from '../../src/lib/data/tables.ts';

const unit = (id: string, name: string, jurisdiction: string, aliases: string[] = []): UnitRow => ({
  id,
  name,
  jurisdiction,
  kind: '部门',
  aliases,
  note: undefined,
  location: { file: 'data/units/x.csv', line: 2, columns: {} },
});

describe('createUnitResolver', () => {
  const resolver = createUnitResolver([
    unit('anze-ziranziyuan', '安泽县自然资源局', '安泽县', ['自然资源局', '县自然资源局']),
    unit('xixian-ziranziyuan', '息县自然资源局', '息县', ['县自然资源局']),
  ]);
  it.each([
    ['安泽县', '自然资源局', 'anze-ziranziyuan'],
    ['安泽县', '县自然资源局', 'anze-ziranziyuan'],
    ['安泽县', '安泽县自然资源局', 'anze-ziranziyuan'],
    ['息县', '县自然资源局', 'xixian-ziranziyuan'],
    ['息县', ' 县自然资源局 ', 'xixian-ziranziyuan'],
  ])('in %s, “%s” is %s', (jurisdiction, name, id) => expect(resolver.resolve(jurisdiction, name)?.id).toBe(id));
  it.each([
    ['息县', '自然资源局'],
    ['息县', '安泽县自然资源局'],
    ['偏关县', '县自然资源局'],
  ])('in %s, “%s” is not resolved: a name never crosses jurisdictions', (jurisdiction, name) => expect(resolver.resolve(jurisdiction, name)).toBeUndefined());
  it('reports a name two units of one jurisdiction claim', () => {
    const conflicting = createUnitResolver([unit('a', '甲局', '安泽县', ['局']), unit('b', '乙局', '安泽县', ['局'])]);
    expect(conflicting.conflicts.map((conflict) => conflict.name)).toEqual(['局']);
  });
});

import { describe, expect, it } from 'vitest';
import { appointmentParts, newestAppointment, peopleIndex, peopleIndexSplit } from '../../src/lib/pages/people-page.ts';
import { makeProject } from '../support/project.ts';
import { SECOND, siteOf, twoNoticeSite } from './builder-sites.ts';

const GROUPS = 'id,notice,clause,name,parent,office,duties\nother-2023-2-g1,other-2023-2,a1,另县领导小组,,,\nother-2023-2-g0,other-2023-2,a1,另县工作专班,,,\n';

describe('peopleIndex', () => {
  it('lists each member of the mini notice’s group with the appointment', () => {
    expect(peopleIndex(siteOf(makeProject()))).toEqual([
      {
        key: '测试县-张三',
        name: '张三',
        jurisdiction: '测试县',
        appointments: [
          { groupId: 'test-2022-1-g1', groupName: '测试领导小组', noticeId: 'test-2022-1', docNumber: '测政办发〔2022〕1号', role: '组长', position: '县长' },
        ],
      },
    ]);
  });

  it.each([
    {
      case: 'one name in two counties is two people, sorted by county (pinyin) then name',
      members: 'group,order,role,name,position\nother-2023-2-g1,1,组长,张三,县长\nother-2023-2-g1,2,副组长,李四,副县长\n',
      people: [
        ['测试县-张三', 1],
        ['另县-李四', 1],
        ['另县-张三', 1],
      ],
    },
    {
      case: 'one name twice in a county is one person with both appointments, by group id then roster order',
      members:
        'group,order,role,name,position\nother-2023-2-g1,2,成员,王五,财政局局长\nother-2023-2-g1,1,组长,赵六,县长\nother-2023-2-g0,1,组长,王五,财政局局长\n',
      people: [
        ['测试县-张三', 1],
        ['另县-王五', 2],
        ['另县-赵六', 1],
      ],
    },
  ])('$case', ({ members, people }) => {
    const index = peopleIndex(twoNoticeSite({ groups: GROUPS, 'group-members': members }));
    expect(index.map((person) => [person.key, person.appointments.length])).toEqual(people);
  });

  it('orders a person’s appointments by group id, then by roster order', () => {
    const index = peopleIndex(
      twoNoticeSite({
        groups: GROUPS,
        'group-members': 'group,order,role,name,position\nother-2023-2-g1,1,成员,王五,财政局局长\nother-2023-2-g0,1,组长,王五,财政局局长\n',
      }),
    );
    expect(index.find((person) => person.name === '王五')?.appointments.map((entry) => [entry.groupId, entry.groupName, entry.noticeId, entry.role])).toEqual([
      [`${SECOND}-g0`, '另县工作专班', SECOND, '组长'],
      [`${SECOND}-g1`, '另县领导小组', SECOND, '成员'],
    ]);
  });
});

describe('appointmentParts and peopleIndexSplit', () => {
  const site = () =>
    twoNoticeSite(
      { groups: GROUPS, 'group-members': 'group,order,role,name,position\nother-2023-2-g1,1,成员,张三,县长\nother-2023-2-g0,1,组长,张三,县长\n' },
      {},
    );

  it('splits the index only when the appointments exceed the budget', () => {
    const people = peopleIndex(site());
    expect([peopleIndexSplit(people, 3), peopleIndexSplit(people, 2)]).toEqual([false, true]);
  });

  it('keeps a notice’s appointments in one part, in the index’s order', () => {
    const built = site();
    const person = peopleIndex(built).find((entry) => entry.key === '另县-张三')!;
    expect(appointmentParts(built, person, 1).map((part) => part.items.map((entry) => entry.groupId))).toEqual([[`${SECOND}-g0`, `${SECOND}-g1`]]);
    expect(appointmentParts(built, person, 5)).toHaveLength(1);
    expect(newestAppointment(built, person)?.noticeId).toBe(SECOND);
  });
});

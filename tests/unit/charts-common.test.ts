import { describe, expect, it } from 'vitest';
import { asOfMarker, dayOf, daysBetween, percent, textWidth, timeAxis, timeDomain, timeTickLabels } from '../../src/lib/charts/common.ts';

describe('calendar dates on a time axis', () => {
  it('runs in the pinned time zone, and reads dates as UTC midnight whatever the zone', () => {
    expect(process.env['TZ']).toBe('Asia/Shanghai');
    expect(new Date(2022, 8, 30).getTimezoneOffset()).toBe(-480);
    expect(dayOf('2022-09-30').toISOString()).toBe('2022-09-30T00:00:00.000Z');
    expect(daysBetween('2022-06-30', '2022-09-30')).toBe(92);
    expect(() => dayOf('30/09/2022')).toThrow(/ISO/u);
  });

  it('labels ticks in zh-CN, with the year on the first tick and on each new year', () => {
    const ticks = ['2022-10-01', '2022-11-01', '2022-12-01', '2023-01-01', '2023-02-01'].map(dayOf);
    expect(timeTickLabels(ticks)).toEqual(['2022年10月', '11月', '12月', '2023年1月', '2月']);
    expect(timeTickLabels(['2021-01-01', '2022-01-01', '2023-01-01'].map(dayOf))).toEqual(['2021年', '2022年', '2023年']);
    expect(timeTickLabels([])).toEqual([]);
  });

  it('places ticks inside the range, more of them on a wider axis', () => {
    const domain: [Date, Date] = [dayOf('2022-05-01'), dayOf('2022-12-31')];
    const narrow = timeAxis(domain, [40, 308]);
    const wide = timeAxis(domain, [48, 620]);
    expect(wide.ticks.length).toBeGreaterThan(narrow.ticks.length);
    for (const tick of [...narrow.ticks, ...wide.ticks]) expect(tick.x).toBeGreaterThanOrEqual(40);
    expect(narrow.scale(dayOf('2022-05-01'))).toBe(40);
    expect(narrow.scale(dayOf('2022-12-31'))).toBe(308);
  });
});

describe('timeDomain', () => {
  it('spans the dates and takes in a nearby as-of date', () => {
    expect(timeDomain(['2022-06-30', '2022-11-30'], '2022-10-01')).toEqual({ domain: [dayOf('2022-06-30'), dayOf('2022-11-30')], asOf: 'inside' });
    expect(timeDomain(['2022-06-30', '2022-11-30'], '2022-12-31')).toEqual({ domain: [dayOf('2022-06-30'), dayOf('2022-12-31')], asOf: 'inside' });
  });

  it('leaves a far as-of date outside (the chart marks it at the edge) rather than squeezing the data', () => {
    expect(timeDomain(['2022-06-30', '2022-11-30'], '2023-12-31').asOf).toBe('after');
    expect(timeDomain(['2022-06-30', '2022-11-30'], '2020-01-01').asOf).toBe('before');
  });

  it('gives a single date, or none, a month either side', () => {
    expect(timeDomain(['2022-09-15'], '2022-09-15')).toEqual({ domain: [dayOf('2022-08-16'), dayOf('2022-10-15')], asOf: 'inside' });
    expect(timeDomain([], '2022-09-15').domain).toEqual([dayOf('2022-08-16'), dayOf('2022-10-15')]);
  });
});

describe('labels', () => {
  it('formats shares in zh-CN with one decimal at most', () => {
    expect(percent(37.795)).toBe('37.8%');
    expect(percent(100)).toBe('100%');
    expect(percent(1234.5)).toBe('1,234.5%');
  });

  it('estimates text width: CJK one em, digits about 0.6 em', () => {
    expect(textWidth('驿城区', 10)).toBe(30);
    expect(textWidth('100', 10)).toBeCloseTo(18);
  });

  it('keeps the as-of label inside the chart', () => {
    expect(asOfMarker('inside', 100, '2022-10-01', 40, 300)).toMatchObject({ x: 100, anchor: 'start', textX: 104, label: '统计日' });
    expect(asOfMarker('inside', 295, '2022-10-01', 40, 300)).toMatchObject({ anchor: 'end', textX: 291 });
    expect(asOfMarker('after', 999, '2023-12-31', 40, 300)).toMatchObject({ x: 300, anchor: 'end', label: '统计日 2023年12月31日 →' });
  });
});

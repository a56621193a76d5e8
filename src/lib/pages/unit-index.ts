import { compareZh } from '../text/order.ts';
import type { SiteData } from './site-data.ts';
import { siteIndex } from './site-index.ts';

/** The units of one jurisdiction as the unit list shows them. */
export interface UnitIndexSection {
  jurisdiction: string;
  /** Most tasks first, then by name (pinyin). */
  units: Array<{ id: string; name: string; taskCount: number }>;
}

/** The unit list (src/pages/units/index.astro): every unit by jurisdiction (pinyin order), with how many tasks name it. */
export function buildUnitIndex(site: SiteData): UnitIndexSection[] {
  const { tasksByUnit } = siteIndex(site);
  const byJurisdiction = Map.groupBy(site.units, (unit) => unit.jurisdiction);
  return [...byJurisdiction.keys()].sort(compareZh).map((jurisdiction) => ({
    jurisdiction,
    units: (byJurisdiction.get(jurisdiction) ?? [])
      .map((unit) => ({ id: unit.id, name: unit.name, taskCount: tasksByUnit.get(unit.id)?.length ?? 0 }))
      .sort((a, b) => b.taskCount - a.taskCount || compareZh(a.name, b.name)),
  }));
}

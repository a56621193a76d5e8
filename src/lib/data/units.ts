import type { UnitRow } from './tables.ts';

/** Resolves unit names as printed in a jurisdiction's notices to canonical units. */
export interface UnitResolver {
  /** The unit a printed name refers to in `jurisdiction`, or undefined if none. */
  resolve(jurisdiction: string, printedName: string): UnitRow | undefined;
  /** Names that two different units of one jurisdiction both claim. */
  readonly conflicts: ReadonlyArray<{ jurisdiction: string; name: string; units: [UnitRow, UnitRow] }>;
}

/** Builds a resolver from the units table: each unit answers to its name and every alias, within its jurisdiction only. */
export function createUnitResolver(units: readonly UnitRow[]): UnitResolver {
  const byKey = new Map<string, UnitRow>();
  const conflicts: Array<{ jurisdiction: string; name: string; units: [UnitRow, UnitRow] }> = [];
  for (const unit of units) {
    for (const name of new Set([unit.name, ...unit.aliases])) {
      const key = `${unit.jurisdiction}\u0000${name}`;
      const existing = byKey.get(key);
      if (existing && existing.id !== unit.id) conflicts.push({ jurisdiction: unit.jurisdiction, name, units: [existing, unit] });
      else byKey.set(key, unit);
    }
  }
  return {
    resolve: (jurisdiction, printedName) => byKey.get(`${jurisdiction}\u0000${printedName.trim()}`),
    conflicts,
  };
}

/** URL paths of the site's pages, under the site's base path (`/` locally, `/<repo>/` on GitHub Pages). */
export function sitePaths(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const at = (path: string) => `${root}${path}`;
  return {
    home: () => root,
    notice: (id: string, clause?: string) => at(`notices/${id}/${clause ? `#${clause}` : ''}`),
    noticesInRegion: (region: string, part?: number) => at(`notices/region/${encodeURIComponent(region)}/${partSegment(part)}`),
    noticesOfYear: (year: string | number, part?: number) => at(`notices/year/${year}/${partSegment(part)}`),
    noticesOfValidity: (status: string, part?: number) => at(`notices/validity/${encodeURIComponent(status)}/${partSegment(part)}`),
    unit: (id: string) => at(`units/${id}/`),
    /** Part `part` of a unit's split task list or memberships (src/pages/units/[id]/). */
    unitTasks: (id: string, part: number) => at(`units/${id}/tasks/${part}/`),
    unitMemberships: (id: string, part: number) => at(`units/${id}/memberships/${part}/`),
    units: () => at('units/'),
    /** The task list, or part `part` of it when it is split. */
    tasks: (part?: number) => at(`tasks/${partSegment(part)}`),
    people: () => at('people/'),
    /** A person's page (when the people index is split), by PersonView key, with part `part` of their appointments. */
    person: (key: string, part?: number) => at(`people/${encodeURIComponent(key)}/${partSegment(part)}`),
    data: () => at('data/'),
    search: (query?: string) => at(`search/${query ? `?q=${encodeURIComponent(query)}` : ''}`),
    asset: (path: string) => at(path),
  };
}

/** `part/3/` for a part of a split list, nothing for the whole list (src/lib/pages/paging.ts). */
const partSegment = (part?: number) => (part === undefined ? '' : `part/${part}/`);

export type SitePaths = ReturnType<typeof sitePaths>;

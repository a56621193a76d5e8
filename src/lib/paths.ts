/** URL paths of the site's pages, under the site's base path (`/` locally, `/<repo>/` on GitHub Pages). */
export function sitePaths(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const at = (path: string) => `${root}${path}`;
  return {
    home: () => root,
    notice: (id: string, clause?: string) => at(`notices/${id}/${clause ? `#${clause}` : ''}`),
    noticesInRegion: (region: string) => at(`notices/region/${encodeURIComponent(region)}/`),
    noticesOfYear: (year: string | number) => at(`notices/year/${year}/`),
    noticesOfValidity: (status: string) => at(`notices/validity/${encodeURIComponent(status)}/`),
    unit: (id: string) => at(`units/${id}/`),
    units: () => at('units/'),
    tasks: () => at('tasks/'),
    data: () => at('data/'),
    search: (query?: string) => at(`search/${query ? `?q=${encodeURIComponent(query)}` : ''}`),
    asset: (path: string) => at(path),
  };
}

export type SitePaths = ReturnType<typeof sitePaths>;

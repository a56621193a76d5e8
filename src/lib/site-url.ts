/**
 * The site's public address, from one setting: the `SITE_URL` environment variable (e.g.
 * `https://example.org` or, for a GitHub Pages project site, `https://owner.github.io` with
 * `SITE_BASE=/repo/`). Feeds, canonical links and the sitemap are built from it. The deploy workflow
 * sets it from GitHub Pages, and its deploy build (`SITE_URL_REQUIRED=true`) fails without it; any other build without it uses `http://localhost:4321` and says so.
 */
export const LOCAL_SITE_URL = 'http://localhost:4321';

export interface SiteUrlSetting {
  url: string;
  /** A sentence for the build log when the setting is missing or not an absolute http(s) URL. */
  warning?: string | undefined;
}

export function siteUrlSetting(env: Readonly<Record<string, string | undefined>>): SiteUrlSetting {
  const value = env['SITE_URL']?.trim();
  if (!value) {
    if (env['SITE_URL_REQUIRED'] === 'true')
      throw new Error(
        'SITE_URL 未设置，不能构建发布版：请设置网站地址，如 SITE_URL=https://example.org / SITE_URL is required for a deploy build (SITE_URL_REQUIRED=true)',
      );
    return {
      url: LOCAL_SITE_URL,
      warning: `SITE_URL 未设置：订阅源、规范链接和站点地图中的网址将指向 ${LOCAL_SITE_URL}。发布前请设置 SITE_URL=https://你的域名 / SITE_URL is not set: feeds, canonical links and the sitemap point to ${LOCAL_SITE_URL}.`,
    };
  }
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`SITE_URL 不是有效网址：${value}（应为 https://example.org 这样的完整地址）/ SITE_URL is not a URL: ${value}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new Error(`SITE_URL 应以 https:// 开头：${value} / SITE_URL must be an http(s) URL: ${value}`);
  return { url: parsed.origin };
}

/** The origin absolute URLs are made from in a route (Astro's `site`, which astro.config.mjs sets from SITE_URL). */
export const siteOrigin = (site: URL | undefined): URL => site ?? new URL(LOCAL_SITE_URL);

import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL, siteUrlSetting } from '../../src/lib/site-url.ts';

describe('siteUrlSetting', () => {
  it('takes the address from SITE_URL (its origin)', () => {
    expect(siteUrlSetting({ SITE_URL: 'https://owner.github.io' })).toEqual({ url: 'https://owner.github.io' });
    expect(siteUrlSetting({ SITE_URL: ' https://example.org/ ' })).toEqual({ url: 'https://example.org' });
  });
  it('warns and uses localhost when unset', () => {
    for (const env of [{}, { SITE_URL: '' }]) {
      const setting = siteUrlSetting(env);
      expect(setting.url).toBe(LOCAL_SITE_URL);
      expect(setting.warning).toContain('SITE_URL 未设置');
    }
  });
  it('is required for a deploy build, and must be an http(s) URL', () => {
    expect(() => siteUrlSetting({ SITE_URL_REQUIRED: 'true' })).toThrow(/SITE_URL 未设置，不能构建发布版/u);
    expect(siteUrlSetting({ SITE_URL_REQUIRED: 'true', SITE_URL: 'https://example.org' }).url).toBe('https://example.org');
    expect(() => siteUrlSetting({ SITE_URL: 'example.org' })).toThrow(/不是有效网址/u);
    expect(() => siteUrlSetting({ SITE_URL: 'ftp://example.org' })).toThrow(/https/u);
  });
});

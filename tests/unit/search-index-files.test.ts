import { describe, expect, it } from 'vitest';
import { EXACT_INDEX_FORMAT, INDEX_FILES_ELEMENT, indexFilesOfEntry, readIndexFiles, withIndexFiles } from '../../src/lib/search/index-format.ts';

describe('index files written into the search page', () => {
  const entry = JSON.stringify({ version: '1.6.0', languages: { zxx: { hash: 'zxx_7d3b6d7bb5d', wasm: null, page_count: 2085 } }, include_characters: ['_'] });
  const files = { meta: 'pagefind.zxx_7d3b6d7bb5d.pf_meta', cacheTag: 'zxx_7d3b6d7bb5d' };

  it('names the meta file and the cache tag after the index hash in pagefind-entry.json', () => {
    expect(indexFilesOfEntry(entry)).toEqual(files);
    expect(indexFilesOfEntry(JSON.stringify({ languages: { en: { hash: 'en_1' } } }))).toBeUndefined();
    expect(indexFilesOfEntry(JSON.stringify({ languages: { zxx: { hash: 'a"><script>' } } }))).toBeUndefined();
  });

  it('writes them into the page’s element and reads them back', () => {
    const html = `<head><meta charset="utf-8"><script type="application/json" id="${INDEX_FILES_ELEMENT}">{}</script><script>x</script></head>`;
    const written = withIndexFiles(html, files)!;
    expect(written).toBe(
      `<head><meta charset="utf-8"><script type="application/json" id="${INDEX_FILES_ELEMENT}">${JSON.stringify(files)}</script><script>x</script></head>`,
    );
    expect(withIndexFiles(written, { meta: 'pagefind.b.pf_meta', cacheTag: 'b' })).toContain('"cacheTag":"b"}</script><script>x</script>');
    expect(readIndexFiles(JSON.stringify(files))).toEqual(files);
    expect(withIndexFiles('<head></head>', files)).toBeUndefined();
  });

  it('carries the index manifest, its filter values escaped, and drops one of another format', () => {
    const manifest = {
      format: EXACT_INDEX_FORMAT,
      language: 'zh-cn',
      pages: 3,
      shards: [{ folder: '', cacheTag: 'zxx_1', pages: 3, dated: true, filters: { issuer: { '</script><b>': 1 } } }],
    };
    const html = `<script type="application/json" id="${INDEX_FILES_ELEMENT}">{}</script>`;
    const written = withIndexFiles(html, { ...files, manifest })!;
    expect(written).not.toContain('</script><b>');
    const text = /<script[^>]*>([^<]*)<\/script>/u.exec(written)![1];
    expect(readIndexFiles(text)).toEqual({ ...files, manifest });
    expect(readIndexFiles(JSON.stringify({ ...files, manifest: { ...manifest, format: 1 } }))).toEqual(files);
  });

  it('reads nothing from a page no index was built for', () => {
    expect(readIndexFiles('{}')).toBeUndefined();
    expect(readIndexFiles('')).toBeUndefined();
    expect(readIndexFiles(undefined)).toBeUndefined();
    expect(readIndexFiles('{"meta":1}')).toBeUndefined();
  });
});

import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { unpackPagefindFilesNatively } from '../../src/client/search/native-gunzip.ts';

/** A stand-in for the page's window whose fetch serves `files` by path (404 otherwise). */
function page(files: Record<string, Uint8Array>) {
  const target = {
    requests: [] as string[],
    fetch: async (input: string | URL | Request) => {
      const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'https://example.org/site/search/?q=x');
      target.requests.push(url.pathname);
      const body = files[url.pathname];
      return body
        ? new Response(Uint8Array.from(body), { headers: { 'content-type': 'application/octet-stream', etag: '"1"' } })
        : new Response('missing', { status: 404 });
    },
  };
  return target as typeof target & { fetch: typeof fetch };
}

const signed = new TextEncoder().encode('pagefind_dcd{"index":1}');
const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());

describe('unpackPagefindFilesNatively', () => {
  const base = 'https://example.org/site/search/?q=x';

  it.each([
    ['the meta file', '/site/pagefind/pagefind.zxx_ab12.pf_meta'],
    ['the WebAssembly', '/site/pagefind/wasm.unknown.pagefind'],
    ['an index chunk', '/site/pagefind/index/zxx_5972a2b.pf_index'],
    ['a filter chunk', '/site/pagefind/filter/zxx_c5e66ae.pf_filter'],
  ])('hands Pagefind %s unpacked, with its status and headers', async (_, file) => {
    const target = page({ [file]: gzipSync(signed) });
    unpackPagefindFilesNatively(target, '/site/pagefind/', base);
    const response = await target.fetch(file);
    expect(await bytesOf(response)).toEqual(signed);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"1"');
  });

  it('resolves relative URLs against the page and accepts URL and Request objects', async () => {
    const file = '/site/pagefind/index/zxx_1.pf_index';
    const target = page({ [file]: gzipSync(signed) });
    unpackPagefindFilesNatively(target, '/site/pagefind/', base);
    expect(await bytesOf(await target.fetch('../pagefind/index/zxx_1.pf_index'))).toEqual(signed);
    expect(await bytesOf(await target.fetch(new URL(file, base)))).toEqual(signed);
    expect(await bytesOf(await target.fetch(new Request(new URL(file, base))))).toEqual(signed);
  });

  it('passes through files a host has unpacked already (Content-Encoding: gzip)', async () => {
    const file = '/site/pagefind/pagefind.zxx_ab12.pf_meta';
    const target = page({ [file]: signed });
    unpackPagefindFilesNatively(target, '/site/pagefind/', base);
    expect(await bytesOf(await target.fetch(file))).toEqual(signed);
  });

  it('leaves every other response as it is: other files, files outside the bundle, errors', async () => {
    const packed = gzipSync(signed);
    const files = {
      '/site/pagefind/pagefind.js': packed,
      '/site/pagefind/page/zxx_1.pf_page': packed,
      '/site/other/index/zxx_1.pf_index': packed,
    };
    const target = page(files);
    unpackPagefindFilesNatively(target, '/site/pagefind/', base);
    for (const file of Object.keys(files)) expect(await bytesOf(await target.fetch(file))).toEqual(new Uint8Array(packed));
    const missing = await target.fetch('/site/pagefind/index/zxx_2.pf_index');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('missing');
  });

  it('unpacks nothing where the browser has no DecompressionStream', async () => {
    const file = '/site/pagefind/index/zxx_1.pf_index';
    const packed = gzipSync(signed);
    const target = page({ [file]: packed });
    const saved = globalThis.DecompressionStream;
    try {
      // @ts-expect-error: a browser without it
      delete globalThis.DecompressionStream;
      unpackPagefindFilesNatively(target, '/site/pagefind/', base);
      expect(await bytesOf(await target.fetch(file))).toEqual(new Uint8Array(packed));
    } finally {
      globalThis.DecompressionStream = saved;
    }
  });

  it("answers every shard's WebAssembly with the first's, fetched once, and nothing else of a shard", async () => {
    const wasm = gzipSync(signed);
    const target = page({ '/site/pagefind/wasm.unknown.pagefind': wasm, '/site/pagefind/shard-2/pagefind.zxx_9.pf_meta': wasm });
    unpackPagefindFilesNatively(target, '/site/pagefind/', base);
    expect(await bytesOf(await target.fetch('/site/pagefind/shard-2/wasm.unknown.pagefind'))).toEqual(signed);
    expect(await bytesOf(await target.fetch(new Request(new URL('/site/pagefind/shard-13/wasm.unknown.pagefind', base))))).toEqual(signed);
    expect(await bytesOf(await target.fetch('/site/pagefind/shard-2/pagefind.zxx_9.pf_meta'))).toEqual(signed);
    expect((await target.fetch('/site/other/shard-2/wasm.unknown.pagefind')).status).toBe(404);
    expect(await bytesOf(await target.fetch('/site/pagefind/wasm.unknown.pagefind'))).toEqual(signed);
    // Fetched once, kept for every shard.
    expect(target.requests).toEqual([
      '/site/pagefind/wasm.unknown.pagefind',
      '/site/pagefind/shard-2/pagefind.zxx_9.pf_meta',
      '/site/other/shard-2/wasm.unknown.pagefind',
    ]);
  });

  it('names nothing outside itself, so that the search page can inline its source', async () => {
    const file = '/site/pagefind/index/zxx_1.pf_index';
    const target = page({ [file]: gzipSync(signed) });
    // What the search page's head does with the source.
    new Function('target', 'base', `(${unpackPagefindFilesNatively.toString()})(target, '/site/pagefind/', base);`)(target, base);
    expect(await bytesOf(await target.fetch(file))).toEqual(signed);
  });
});

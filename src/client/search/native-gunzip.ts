/**
 * Lets the browser, instead of Pagefind's JavaScript, unpack Pagefind's gzip files (its meta file,
 * WebAssembly, index and filter chunks). Pagefind gunzips every file it fetches in JavaScript unless
 * the bytes already start with its signature, as when a host serves them with `Content-Encoding:
 * gzip`; most static hosts serve them as they are. Unpacked by DecompressionStream, the files reach
 * Pagefind with that signature, and it uses them as they are.
 *
 * Wraps `target.fetch`: a response for a file under `bundlePath` whose name ends in one of Pagefind's
 * packed extensions and whose body starts with the gzip magic bytes comes back unpacked, with the
 * same status and headers; every other response is returned untouched. Unpacks nothing where
 * DecompressionStream is missing (Pagefind then unpacks them itself, as before).
 *
 * Every shard of the index (src/lib/search/shards.ts) has a copy of Pagefind's WebAssembly, the same
 * file as the first's: the first's is fetched once and kept, and every request for a shard's copy is
 * answered with it, so that reading a further shard does not load the 55 KB again (whatever the
 * host's cache headers).
 *
 * Self-contained (it names nothing outside itself, and takes no types at run time), because the
 * search page's head inlines its source to wrap `fetch` before Pagefind starts (src/pages/search.astro).
 * @param bundlePath the Pagefind bundle's path on the site, e.g. `/pagefind/`
 * @param baseUrl the URL that relative request URLs are resolved against (the page's `location.href`)
 */
export function unpackPagefindFilesNatively(target: { fetch: typeof fetch }, bundlePath: string, baseUrl: string): void {
  const original = target.fetch.bind(target);
  const bundle = new URL(bundlePath, baseUrl).pathname;
  const packed = /\.(?:pf_meta|pf_index|pf_filter|pf_fragment|pagefind)$/u;
  const wasmFile = /^(?:shard-\d+\/)?(wasm\.[\w-]+\.pagefind)$/u;
  const unpack = typeof DecompressionStream === 'function';
  /** The first shard's WebAssembly, by its path, once fetched: every shard's request is answered with it. */
  const wasms = new Map<string, Promise<{ body: ArrayBuffer; init: ResponseInit } | undefined>>();
  const answer = (kept: { body: ArrayBuffer; init: ResponseInit }) => new Response(kept.body.slice(0), kept.init);

  const fetchUnpacked = async (input: RequestInfo | URL, init: RequestInit | undefined, pathname: string) => {
    const response = await original(input, init);
    if (!unpack || !response.ok || !pathname.startsWith(bundle) || !packed.test(pathname)) return response;
    const bytes = new Uint8Array(await response.arrayBuffer());
    const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
    const body = gzipped ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer() : bytes;
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };

  target.fetch = async (input, init) => {
    const requested = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const { pathname } = new URL(requested, baseUrl);
    const wasm = pathname.startsWith(bundle) ? wasmFile.exec(pathname.slice(bundle.length)) : null;
    if (!wasm) return fetchUnpacked(input, init, pathname);
    const first = `${bundle}${wasm[1]}`;
    let kept = wasms.get(first);
    if (!kept) {
      const firstUrl = new URL(first, new URL(requested, baseUrl)).href;
      kept = fetchUnpacked(input instanceof Request ? new Request(firstUrl, input) : firstUrl, init, first).then(async (response) =>
        response.ok
          ? { body: await response.arrayBuffer(), init: { status: response.status, statusText: response.statusText, headers: response.headers } }
          : undefined,
      );
      // A failed fetch is not kept: the next request tries again.
      kept.then(
        (value) => value ?? wasms.delete(first),
        () => wasms.delete(first),
      );
      wasms.set(first, kept);
    }
    const value = await kept;
    return value ? answer(value) : original(input, init);
  };
}

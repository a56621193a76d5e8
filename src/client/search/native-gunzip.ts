/**
 * Lets the browser, instead of Pagefind's JavaScript, unpack Pagefind's gzip files (its meta file,
 * WebAssembly, index and filter chunks). Pagefind gunzips every file it fetches in JavaScript unless
 * the bytes already start with its signature, as when a host serves them with `Content-Encoding:
 * gzip`; most static hosts serve them as they are. Unpacked by DecompressionStream, the files reach
 * Pagefind with that signature, and it uses them as they are.
 *
 * Wraps `target.fetch`: a response for a file under `bundlePath` whose name ends in one of Pagefind's
 * packed extensions and whose body starts with the gzip magic bytes comes back unpacked, with the
 * same status and headers; every other response is returned untouched. Does nothing where
 * DecompressionStream is missing (Pagefind then unpacks them itself, as before).
 *
 * Self-contained (it names nothing outside itself, and takes no types at run time), because the
 * search page's head inlines its source to wrap `fetch` before Pagefind starts (src/pages/search.astro).
 * @param bundlePath the Pagefind bundle's path on the site, e.g. `/pagefind/`
 * @param baseUrl the URL that relative request URLs are resolved against (the page's `location.href`)
 */
export function unpackPagefindFilesNatively(target: { fetch: typeof fetch }, bundlePath: string, baseUrl: string): void {
  if (typeof DecompressionStream !== 'function') return;
  const original = target.fetch.bind(target);
  const bundle = new URL(bundlePath, baseUrl).pathname;
  const packed = /\.(?:pf_meta|pf_index|pf_filter|pf_fragment|pagefind)$/u;
  target.fetch = async (input, init) => {
    const response = await original(input, init);
    const requested = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const { pathname } = new URL(requested, baseUrl);
    if (!response.ok || !pathname.startsWith(bundle) || !packed.test(pathname)) return response;
    const bytes = new Uint8Array(await response.arrayBuffer());
    const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
    const body = gzipped ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer() : bytes;
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

import { mkdirSync, mkdtempSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/static-server.ts';

const root = mkdtempSync(path.join(tmpdir(), 'policy-site-serve-'));
const build = (name: string, text: string) => {
  mkdirSync(path.join(root, name, 'notices/a'), { recursive: true });
  writeFileSync(path.join(root, name, 'index.html'), `<p>${text}</p>`);
  writeFileSync(path.join(root, name, 'notices/a/index.html'), `<p>${text} a</p>`);
  writeFileSync(path.join(root, name, '404.html'), '<p>没有这个页面</p>');
};
const current = path.join(root, 'current');
const { server, url } = await serveStatic(current);
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
const get = async (pathname: string) => {
  const response = await fetch(`${url}${pathname}`, { redirect: 'manual' });
  return { status: response.status, text: await response.text(), location: response.headers.get('location') };
};

describe('serveStatic', () => {
  it('answers 503 until there is a site, then serves the build the symlink points to, switching with it', async () => {
    expect((await get('/')).status).toBe(503);
    build('b1', 'one');
    build('b2', 'two');
    symlinkSync('b1', current);
    expect(await get('/notices/a/')).toMatchObject({ status: 200, text: '<p>one a</p>' });
    symlinkSync('b2', `${current}.next`);
    renameSync(`${current}.next`, current);
    expect(await get('/notices/a/')).toMatchObject({ status: 200, text: '<p>two a</p>' });
  });

  it('compresses text with gzip for a client that accepts it, and nothing else', async () => {
    const { request } = await import('node:http');
    const { gunzipSync } = await import('node:zlib');
    writeFileSync(path.join(root, 'b2', 'wasm.unknown.pagefind'), 'packed');
    const raw = (pathname: string, acceptEncoding?: string) =>
      new Promise<{ encoding: string | undefined; vary: string | undefined; body: Buffer }>((resolve, reject) => {
        request(`${url}${pathname}`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ encoding: response.headers['content-encoding'], vary: response.headers['vary'], body: Buffer.concat(chunks) }));
        })
          .on('error', reject)
          .end();
      });
    const page = await raw('/notices/a/', 'gzip, deflate, br');
    expect(page).toMatchObject({ encoding: 'gzip', vary: 'accept-encoding' });
    expect(gunzipSync(page.body).toString()).toBe('<p>two a</p>');
    expect(await raw('/notices/a/')).toMatchObject({ encoding: undefined, body: Buffer.from('<p>two a</p>') });
    expect(await raw('/wasm.unknown.pagefind', 'gzip')).toMatchObject({ encoding: undefined, body: Buffer.from('packed') });
    const missing = await raw('/nope/', 'gzip');
    expect(gunzipSync(missing.body).toString()).toBe('<p>没有这个页面</p>');
  });

  it('redirects a folder to its slash, serves the 404 page, refuses malformed and escaping paths', async () => {
    expect(await get('/notices/a')).toMatchObject({ status: 301, location: '/notices/a/' });
    expect(await get('/nope/')).toMatchObject({ status: 404, text: '<p>没有这个页面</p>' });
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/..%2f..%2fetc/passwd')).status).toBe(403);
    expect((await get('/')).status).toBe(200);
  });

  it.each([
    ['/%2F%2Fevil.example%2F..%2Fnotices', '/notices/'],
    ['/%5Cevil.example%2F..%2Fnotices', '/notices/'],
    ['/%2F%2Fevil.example%2F..%2Fnotices%2Fa', '/notices/a/'],
    ['/notices/./a', '/notices/a/'],
  ])('redirects %s to a path of this site (%s), never to another host', async (pathname, location) => {
    const response = await get(pathname);
    expect(response).toMatchObject({ status: 301, location });
    expect(new URL(response.location!, url).origin).toBe(url);
  });
});

// The built portal on one origin with the public site: its shell answers only the portal's own routes
// (read from the portal's build, dist/routes.json), any other address gets the public site's 404 page,
// and the apps' files go out precompressed with long cache lifetimes, the shells under a Content-Security-Policy.
// Needs `pnpm turbo run build`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appDistDir } from '../../src/app-dist.ts';
import type { TestGateway } from '../harness.ts';
import { sessionCookieName } from '../../src/auth/cookies.ts';
import { get, PUBLIC_URL, seededGateway, title } from './fixtures.ts';

const portalDist = appDistDir('portal');
const built = existsSync(join(portalDist, 'routes.json'));

const PUBLIC_FOR_VISITORS = ['/', '/candidature'];

let t: TestGateway;
beforeAll(async () => {
  if (!built) throw new Error('build the portal first: pnpm turbo run build --filter @ekoacteurs/portal');
  t = await seededGateway({ PORTAL_DIST: portalDist });
});
afterAll(() => t?.stop());

/** A raw response, bytes untouched (fetch would decompress them). */
function raw(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${t.url}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject).end();
  });
}

describe('the portal shell answers only the portal routes', () => {
  it('serves the shell on every route the portal declares', async () => {
    const patterns = JSON.parse(readFileSync(join(portalDist, 'routes.json'), 'utf8')) as string[];
    expect(patterns).toContain('/connexion');
    expect(patterns).toContain('/reseau/:handle');
    for (const pattern of patterns) {
      const path = pattern.replace(/:[^/]+/g, 'un-exemple');
      // "/" and "/candidature" are the public site's for visitors: members (a session cookie) get the shell.
      const page = await get(
        t,
        path,
        PUBLIC_FOR_VISITORS.includes(pattern) ? { cookie: `${sessionCookieName(PUBLIC_URL)}=x` } : {},
      );
      expect(page.status, path).toBe(200);
      expect(page.html, path).toContain('<div id="root">');
      expect(page.headers.get('cache-control'), path).toBe('no-cache');
    }
  });

  it('answers an unknown address with the public site 404 page, readable without JavaScript', async () => {
    for (const path of ['/contact', '/cette-page-n-existe-pas', '/reseau/a/b', '/assets/disparu.js']) {
      const page = await get(t, path);
      expect(page.status, path).toBe(404);
      expect(page.html, path).not.toContain('<div id="root">');
      expect(title(page.html), path).toContain('Page introuvable');
      expect(page.html, path).toContain('href="/annuaire"');
    }
    const english = await get(t, '/contact?lang=en');
    expect(english.status).toBe(404);
    expect(title(english.html)).toContain('Page not found');
  });
});

describe('static files', () => {
  it('sends precompressed brotli or gzip by Accept-Encoding, and caches hashed assets for a year', async () => {
    const html = readFileSync(join(portalDist, 'index.html'), 'utf8');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    const original = readFileSync(join(portalDist, script));

    const br = await raw(script, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('Accept-Encoding');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.body.length).toBeLessThan(original.length / 2);
    expect(brotliDecompressSync(br.body).equals(original)).toBe(true);

    const gz = await raw(script, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(original)).toBe(true);

    const none = await raw(script, { 'accept-encoding': 'br;q=0, identity' });
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body.equals(original)).toBe(true);
  });

  it('sends the shell compressed too, revalidated on every load', async () => {
    const shell = await raw('/profil', { 'accept-encoding': 'br' });
    expect(shell.headers['content-encoding']).toBe('br');
    expect(shell.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(shell.body).toString()).toContain('<div id="root">');
  });

  it('sends the shells with a Content-Security-Policy the built apps keep to', async () => {
    for (const [path, app] of [
      ['/profil', 'portal'],
      ['/console/', 'console'],
    ] as const) {
      const shell = await raw(path);
      const policy = String(shell.headers['content-security-policy']);
      expect(policy, path).toContain("script-src 'self'");
      expect(policy, path).toContain("style-src 'self'");
      expect(policy, path).toContain("frame-ancestors 'none'");
      // What the policy would refuse: inline scripts, inline styles, event handlers in the markup.
      const html = readFileSync(join(appDistDir(app), 'index.html'), 'utf8');
      expect(html, app).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, app).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/);
    }
    // Files other than the shell need none.
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(readFileSync(join(portalDist, 'index.html'), 'utf8'))![1]!;
    expect((await raw(script)).headers['content-security-policy']).toBeUndefined();
  });
});

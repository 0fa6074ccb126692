// @vitest-environment node
// The JavaScript a browser must fetch before the portal's first paint: the entry script and every
// module index.html preloads, gzipped (level 9, what travels over the wire). The portal is built
// here, with its own Vite config, into a temporary folder, so the check always measures the code
// as it stands. Issue #17 asks for 100 KB at most: reached once i18next gave way to the kit's own
// translator (packages/ui/src/translator.ts; 95.6 KB then, from 112.5). The normalised cache
// (Graphcache, its schema, the areas' updaters) is not in it: it loads in its own chunk while React
// renders (packages/client/src/lazy-exchange.ts).
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, expect, it } from 'vitest';

const TARGET_BYTES = 100 * 1024;

const root = fileURLToPath(new URL('..', import.meta.url));
// Inside the package (the route-manifest plugin writes beside the build, relative to the root).
const outDir = join(root, 'node_modules', '.first-route-size');
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The entry module and the modulepreloads, in the order index.html names them. */
function initialScripts(indexHtml: string): string[] {
  const paths: string[] = [];
  for (const tag of indexHtml.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isEntry = /^<script/i.test(tag) && /type=["']module["']/i.test(tag);
    const isPreload = /^<link/i.test(tag) && /rel=["']modulepreload["']/i.test(tag);
    const src = /\b(?:src|href)=["']([^"']+)["']/i.exec(tag)?.[1];
    if ((isEntry || isPreload) && src && !paths.includes(src)) paths.push(src);
  }
  return paths;
}

it(`keeps the first route's JavaScript within ${TARGET_BYTES / 1024} KB gzipped`, async () => {
  // A production build, as served (vitest's NODE_ENV=test would give React's development build).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root,
      mode: 'production',
      logLevel: 'silent',
      build: { outDir: 'node_modules/.first-route-size', emptyOutDir: true, sourcemap: false },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const indexHtml = readFileSync(join(outDir, 'index.html'), 'utf8');
  // What a phone paints before any of it has arrived: the header and its logo (packages/ui/src/first-paint.ts).
  expect(indexHtml).toMatch(
    /<div id="root"><header class="site-header portal-header"><p class="brand"><span class="logo"><svg/,
  );
  const scripts = initialScripts(indexHtml);
  expect(scripts.length).toBeGreaterThan(0);
  const sizes = scripts.map((path) => ({
    path,
    gzip: gzipSync(readFileSync(join(outDir, path.replace(/^\//, ''))), { level: 9 }).length,
  }));
  const total = sizes.reduce((sum, file) => sum + file.gzip, 0);
  console.info(
    `first route: ${(total / 1024).toFixed(1)} KB gzipped (${sizes.map((f) => `${f.path} ${(f.gzip / 1024).toFixed(1)}`).join(', ')})`,
  );
  expect(total, JSON.stringify(sizes)).toBeLessThanOrEqual(TARGET_BYTES);
  // Graphcache is not among them.
  for (const { path } of sizes)
    expect(readFileSync(join(outDir, path.replace(/^\//, '')), 'utf8')).not.toContain('Heuristic Fragment Matching');
}, 120_000);

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialScripts, measureInitialJs } from '../src/portal-size.ts';

const INDEX = `<!doctype html><html><head>
<script type="module" crossorigin src="/assets/index-abc.js"></script>
<link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
<link rel="stylesheet" href="/assets/index.css">
<link rel="modulepreload" href="https://cdn.example/x.js">
<script src="/legacy.js"></script>
</head><body></body></html>`;

describe("the portal's initial JavaScript", () => {
  it('is the entry module and the modules index.html preloads (same-origin), nothing else', () => {
    expect(initialScripts(INDEX)).toEqual(['/assets/index-abc.js', '/assets/vendor-def.js']);
  });

  it('is measured gzipped against the 150 KB budget', () => {
    const dist = mkdtempSync(join(tmpdir(), 'portal-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), INDEX);
    writeFileSync(join(dist, 'assets', 'index-abc.js'), 'console.log("bonjour");'.repeat(1000));
    writeFileSync(join(dist, 'assets', 'vendor-def.js'), 'export const x = 1;');
    const js = measureInitialJs(dist)!;
    expect(js.files.map((f) => f.path)).toEqual(['/assets/index-abc.js', '/assets/vendor-def.js']);
    expect(js.bytes).toBe(23_000 + 19);
    expect(js.gzipBytes).toBeLessThan(1_000);
    expect(js.withinBudget).toBe(true);
    expect(measureInitialJs(join(dist, 'missing'))).toBeNull();
  });
});

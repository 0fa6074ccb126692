// Post-build step for the portal and the console: writes a brotli (.br) and a gzip (.gz) copy next to
// every text asset of a dist folder, so the gateway (src/static-files.ts) sends them precompressed.
// Source maps (five times the code, fetched only by developer tools) get a quick gzip copy alone:
// brotli at its best quality on them was most of a build's compression time (~10 s per app).
// Usage: node scripts/precompress.mjs <dist-dir>
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest', '.map', '.ico']);
const MIN_BYTES = 512;

const dist = process.argv[2];
if (!dist) {
  console.error('usage: node scripts/precompress.mjs <dist-dir>');
  process.exit(2);
}

let raw = 0;
let br = 0;
let gz = 0;
for (const file of walk(dist)) {
  if (!COMPRESSIBLE.has(extname(file))) continue;
  const body = readFileSync(file);
  if (body.length < MIN_BYTES) continue;
  if (extname(file) === '.map') {
    writeFileSync(`${file}.gz`, gzipSync(body, { level: 6 }));
    continue;
  }
  const brotli = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  const gzip = gzipSync(body, { level: 9 });
  writeFileSync(`${file}.br`, brotli);
  writeFileSync(`${file}.gz`, gzip);
  raw += body.length;
  br += brotli.length;
  gz += gzip.length;
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`precompressed ${dist}: ${kb(raw)} → brotli ${kb(br)}, gzip ${kb(gz)} (source maps excluded)`);

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (!name.endsWith('.br') && !name.endsWith('.gz')) yield path;
  }
}

// Builds what integrators install: ESM JavaScript and type declarations in dist/ (tsc with
// tsconfig.build.json). Inside the monorepo the apps keep importing the TypeScript source.
// tsc rewrites `.ts` import specifiers to `.js` in the JavaScript only; the declarations are
// given the same `.js` specifiers here so that any TypeScript setup resolves them.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const dist = `${packageDir}dist`;
rmSync(dist, { recursive: true, force: true });
execFileSync(`${packageDir}node_modules/.bin/tsc`, ['-p', 'tsconfig.build.json'], {
  cwd: packageDir,
  stdio: 'inherit',
});

let rewritten = 0;
for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
  if (!file.endsWith('.d.ts')) continue;
  const path = `${dist}/${file}`;
  const text = readFileSync(path, 'utf8');
  const fixed = text.replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]+)\.ts\2/g, '$1$2$3.js$2');
  if (fixed !== text) {
    writeFileSync(path, fixed);
    rewritten += 1;
  }
}
console.log(`@ekoacteurs/client: dist/ built (${rewritten} declaration files with .js specifiers)`);

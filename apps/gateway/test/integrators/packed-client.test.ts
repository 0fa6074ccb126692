// @ekoacteurs/client as an integrator gets it: `pnpm pack` (built ESM + declarations), `npm install`
// of the tarball into an empty folder (its dependencies from the registry), the workspace's tsc
// type-checks a small example against the installed declarations, and the compiled example runs
// against a started gateway — with an operation of its own, sent in full (no persisted hash).
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addMember, startTestGateway, type TestGateway } from '../harness.ts';
import { tokenFor } from '../people.ts';
import { workshop } from '../workshops/fixtures.ts';

const run = promisify(execFile);
const CLIENT_DIR = fileURLToPath(new URL('../../../../packages/client/', import.meta.url));
// The workspace's TypeScript (the same tsc the project type-checks with), from its package's `bin`.
const typescriptManifest = createRequire(import.meta.url).resolve('typescript/package.json');
const TSC = join(dirname(typescriptManifest), JSON.parse(readFileSync(typescriptManifest, 'utf8')).bin.tsc);
const here = (file: string) => fileURLToPath(new URL(`packed-client/${file}`, import.meta.url));

let t: TestGateway;
let token: string;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'eko-integrator-'));
  await run('pnpm', ['pack', '--pack-destination', folder], { cwd: CLIENT_DIR, timeout: 120_000 });
  const tarball = readdirSync(folder).find((name) => name.endsWith('.tgz'))!;
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'integrator', private: true, type: 'module' }));
  const compilerOptions = {
    target: 'ES2023',
    lib: ['ES2023', 'DOM'],
    module: 'nodenext',
    moduleResolution: 'nodenext',
    strict: true,
    skipLibCheck: true,
    outDir: 'out',
  };
  writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['example.ts'] }));
  writeFileSync(
    join(folder, 'tsconfig.wrong.json'),
    JSON.stringify({ compilerOptions: { ...compilerOptions, noEmit: true }, files: ['wrong.ts'] }),
  );
  copyFileSync(here('example.ts'), join(folder, 'example.ts'));
  copyFileSync(here('wrong.ts'), join(folder, 'wrong.ts'));
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `./${tarball}`], {
    cwd: folder,
    timeout: 240_000,
  });

  t = await startTestGateway({ NODE_ENV: 'production' });
  const camille = await addMember(t, { handle: 'camille-martin' });
  await workshop(t, { title: 'Prospecter sans s’épuiser', capacity: 12 });
  token = (await tokenFor(t, camille, ['read:public', 'read:network'])).token!;
}, 400_000);
afterAll(async () => {
  await t?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

it('installs as 1.0.0 with built JavaScript and declarations, no TypeScript source', async () => {
  const { stdout } = await run('npm', ['ls', '@ekoacteurs/client', '--json'], { cwd: folder });
  expect(JSON.parse(stdout).dependencies['@ekoacteurs/client'].version).toBe('1.0.0');
  const installed = join(folder, 'node_modules/@ekoacteurs/client');
  expect(readdirSync(installed).sort()).toEqual(['README.md', 'dist', 'package.json']);
  expect(readdirSync(join(installed, 'dist'))).toEqual(expect.arrayContaining(['index.js', 'index.d.ts']));
});

it('type-checks an example against the installed declarations, and refuses a wrong one', async () => {
  await run(TSC, ['-p', 'tsconfig.json'], { cwd: folder, timeout: 60_000 });
  const wrong = await run(TSC, ['-p', 'tsconfig.wrong.json'], { cwd: folder }).catch(
    (error: { stdout: string }) => error,
  );
  // A string where the schema says Int, and a misspelt field of the query's result.
  expect(wrong.stdout).toMatch(/wrong\.ts\(5,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/);
  expect(wrong.stdout).toMatch(/wrong\.ts\(6,\d+\): error TS2551: Property 'titel' does not exist/);
}, 120_000);

it('runs against a production gateway: its own operation sent in full, and a typed document of the package', async () => {
  const { stdout } = await run(process.execPath, [join(folder, 'out/example.js')], {
    env: { PATH: process.env.PATH, EKO_API: `${t.url}/graphql`, EKO_TOKEN: token },
    timeout: 30_000,
  });
  expect(stdout).toContain('viewer: @camille-martin');
  expect(stdout).toContain('workshop: Prospecter sans s’épuiser (12 seats left)');
}, 60_000);

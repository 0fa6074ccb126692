// Vitest global setup: creates, migrates and seeds one embedded database with the built gateway,
// once per run, and stops it cleanly. Each journey file's gateway then starts on a copy of it
// (src/gateway.ts) instead of creating and seeding its own: the same data as a newcomer's first
// start, without paying for that first start twenty times.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startGateway } from './gateway.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The seeded embedded database's folder, stopped: copy it, never open it in place. */
    seededDatabase: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const root = mkdtempSync(join(tmpdir(), 'eko-e2e-template-'));
  const dataDir = join(root, 'pglite');
  const gateway = await startGateway({ dataDir });
  await gateway.stop({ keepData: true });
  project.provide('seededDatabase', dataDir);
  return () => rmSync(root, { recursive: true, force: true });
}

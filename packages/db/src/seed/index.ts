// The demo-data seed for the Fédération des ÉkôActeurs: realistic French data, deterministic for a
// given `now`, at any scale. `buildSeedData` is pure (tests use it without a database); `seed` writes.
import type { PrismaClient } from '../generated/prisma/client.ts';
import { buildSeedData, resolveOptions } from './build.ts';
import type { BuildSeedOptions, SeedSummary } from './types.ts';
import { nonEmptyTables, SeedRefusedError, writeSeedData } from './write.ts';

export { buildSeedData, DEFAULT_SCALE, MIN_SCALE } from './build.ts';
export { SEED_TABLES } from './types.ts';
export type { BuildSeedOptions, SeedData, SeedRows, SeedSummary, SeedTable } from './types.ts';
export { CHUNK_SIZE, SeedRefusedError } from './write.ts';

export interface SeedOptions extends BuildSeedOptions {
  /** Empty every table first (TRUNCATE … CASCADE). Without it, a non-empty database is refused. */
  reset?: boolean;
}

/** Fills an empty database with the demo data; returns the number of rows written per table. */
export async function seed(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedSummary> {
  const reset = options.reset ?? false;
  const resolved = resolveOptions(options);
  // Refuse before spending time building rows; the transaction checks again before writing.
  if (!reset) {
    const filled = await nonEmptyTables(prisma);
    if (filled.length > 0) throw new SeedRefusedError(filled);
  }
  const data = buildSeedData(resolved);
  return writeSeedData(prisma, data, { reset });
}

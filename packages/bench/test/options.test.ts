import { describe, expect, it } from 'vitest';
import { parseOptions, UsageError } from '../src/options.ts';

describe('pnpm bench options', () => {
  it('measures at scale 10 000, 5 s steps, 1/16/64 clients and a 3-minute soak by default', () => {
    expect(parseOptions([], {})).toMatchObject({
      quick: false,
      scale: 10_000,
      seconds: 5,
      warmupSeconds: 2,
      connections: [1, 16, 64],
      soakSeconds: 180,
      only: null,
    });
  });

  it('--quick is a smoke run: scale 2000, 2 s steps, 20 s soak; explicit values still win', () => {
    expect(parseOptions(['--quick'], {})).toMatchObject({ scale: 2_000, seconds: 2, soakSeconds: 20 });
    expect(parseOptions(['--', '--quick', '--soak-seconds', '60', '--connections', '4, 8'], {})).toMatchObject({
      soakSeconds: 60,
      connections: [4, 8],
    });
  });

  it('--database measures again on a kept bench database, and on no other', () => {
    expect(parseOptions(['--database', 'eko_bench_20261207162735'], {})).toMatchObject({
      database: 'eko_bench_20261207162735',
    });
    expect(parseOptions([], {})).toMatchObject({ database: null });
    expect(() => parseOptions(['--database', 'postgres'], {})).toThrow(/bench database/);
  });

  it('only ever targets this machine', () => {
    expect(() => parseOptions(['--postgres', 'postgresql://postgres@db.example.org:5432/postgres'], {})).toThrow(
      UsageError,
    );
    expect(() => parseOptions([], { BENCH_POSTGRES_URL: 'postgresql://postgres@10.0.0.5/postgres' })).toThrow(
      /this machine/,
    );
    expect(parseOptions([], { BENCH_POSTGRES_URL: 'postgresql://postgres@localhost:5433/postgres' })).toMatchObject({
      postgresUrl: 'postgresql://postgres@localhost:5433/postgres',
    });
  });

  it('refuses what it cannot use, with the reason', () => {
    expect(() => parseOptions(['--scale', 'lots'], {})).toThrow('--scale expects a positive whole number, got "lots"');
    expect(() => parseOptions(['--connections', '1,0'], {})).toThrow(UsageError);
    expect(() => parseOptions(['--frobnicate'], {})).toThrow(UsageError);
  });
});

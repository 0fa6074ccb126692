import { describe, expect, it } from 'vitest';
import { overhead } from '../src/report.ts';
import { percentile, slope, summarise } from '../src/stats.ts';

describe('statistics', () => {
  it('takes percentiles by nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), percentile(sorted, 100)]).toEqual([
      50, 95, 99, 100,
    ]);
    expect(summarise([30, 10, 20])).toEqual({ p50: 20, p95: 30, p99: 30, max: 30 });
    expect(Number.isNaN(percentile([], 50))).toBe(true);
  });

  it('measures growth as a least-squares slope', () => {
    expect(
      slope([
        { x: 0, y: 100 },
        { x: 1, y: 102 },
        { x: 2, y: 104 },
      ]),
    ).toBe(2);
    expect(slope([{ x: 0, y: 100 }])).toBe(0);
  });

  it('reports the gateway against the baseline as ratios per concurrency', () => {
    const step = (connections: number, rps: number, p50: number) => ({
      connections,
      seconds: 5,
      requests: rps * 5,
      requestsPerSecond: rps,
      latencyMs: { p50, p95: p50, p99: p50, max: p50 },
      failures: 0,
      serverPeakRssMiB: 100,
      cpuMsPerRequest: null,
      loadAverage: 1,
    });
    expect(overhead([step(1, 50, 20), step(16, 100, 160)], [step(1, 200, 5), step(64, 1, 1)])).toEqual([
      { connections: 1, p50Ratio: 4, rpsRatio: 4 },
    ]);
  });
});

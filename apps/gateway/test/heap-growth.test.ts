// The gateway bounds how far its heap grows past what it holds (src/heap-growth.ts), unless the
// operator chose otherwise on the command line or in NODE_OPTIONS; and the bound is what keeps a
// busy process's heap close to its live size.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { boundHeapGrowth } from '../src/heap-growth.ts';

const SOURCE = fileURLToPath(new URL('../src/heap-growth.ts', import.meta.url));

/**
 * The heap's largest total size (MB) in a child node holding ~70 MB, bounded after it started (as
 * main.ts does once the modules are loaded), then renewing its data and churning through garbage.
 */
function heapAfterChurn(bounded: boolean): number {
  const script = `
    const { boundHeapGrowth } = await import(${JSON.stringify(SOURCE)});
    const live = Array.from({ length: 40 }, () => Array.from({ length: 25_000 }, (_, j) => ({ j, s: 'a' + j })));
    ${bounded ? "boundHeapGrowth([], '');" : ''}
    let peak = 0;
    for (let round = 0; round < 200; round++) {
      const garbage = Array.from({ length: 20_000 }, (_, i) => ({ i, text: 'x' + i }));
      live[round % 40][round] = garbage[round % 20_000];
      if (round % 5 === 0) live[Math.floor(round / 5) % 40] = Array.from({ length: 25_000 }, (_, j) => ({ j, s: 'b' + j }));
      peak = Math.max(peak, process.memoryUsage().heapTotal);
    }
    console.log(peak);`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  return Number(out.trim()) / 1024 / 1024;
}

describe('heap growth', () => {
  it('is bounded unless the operator set --heap-growing-percent', () => {
    expect(boundHeapGrowth(['--heap-growing-percent=80'], '')).toBe(false);
    expect(boundHeapGrowth([], '--max-old-space-size=512 --heap_growing_percent=80')).toBe(false);
    expect(boundHeapGrowth([], '--max-old-space-size=512')).toBe(true);
  });

  it('keeps a process churning garbage well below what V8 alone lets it reach', () => {
    const [unbounded, bounded] = [heapAfterChurn(false), heapAfterChurn(true)];
    // Measured: bounded 146–148 MB against 232–334 MB unbounded (0.44–0.64 of it, with the machine's
    // load); without the bound the two are the same. 0.8 keeps that difference without flaking.
    expect(bounded).toBeLessThan(unbounded * 0.8);
  });
});

// How far the gateway's JavaScript heap may grow past what it really holds, set once at start
// (main.ts) with one V8 flag, --heap-growing-percent.
//
// Why: after a full collection the gateway holds about 110 MB (heap snapshot after the bench's load:
// module sources and compiled code are most of it). By default V8 then lets the old generation grow
// to up to four times that before the next full collection when the process allocates fast, as a
// busy gateway does: the bench measured 600 MiB of RSS after warm-up and a 670 MiB peak, most of it
// garbage waiting. A fixed factor of 1.25 keeps the heap within about a quarter of what is live, for
// a full collection every few seconds under load (mostly concurrent marking on V8's helper threads).
// Measured with the bench's mixed soak (60 s, 16 clients, on a shared machine: the same short run each
// time): heap total at the end 196–209 → 149 MB, peak RSS 357–372 → 330 MiB, RSS slope after warm-up
// 61–70 → 18 MiB/min; 9 full collections instead of 2.
//
// V8 reads this flag when a full collection sets the next limit (unlike the heap's size limits, which
// only the command line sets): the limit set while the modules loaded stands until the next one, which
// a busy process reaches only past 350 MB. So one full collection is run right after the flag is set
// (through a V8 context that exposes gc(), once, at start: ~50 ms). An operator's own choice wins: a
// --heap-growing-percent given in NODE_OPTIONS or on the command line is left as it is.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export const HEAP_GROWING_PERCENT = 25;

export function boundHeapGrowth(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions = process.env.NODE_OPTIONS ?? '',
): boolean {
  const chosen = (text: string) => /--heap[-_]growing[-_]percent\b/.test(text);
  if (execArgv.some(chosen) || chosen(nodeOptions)) return false;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  setFlagsFromString('--no-expose-gc');
  return true;
}

// Readable log lines for development (LOG_FORMAT=pretty, the default outside production): pino's
// JSON records as "12:04:31 INFO  message  key=value …". Production keeps JSON lines for collectors.
const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO ', 40: 'WARN ', 50: 'ERROR', 60: 'FATAL' };
const HIDDEN = new Set(['level', 'time', 'msg', 'service', 'pid', 'hostname']);

function show(value: unknown): string {
  if (typeof value === 'string') return /[\s"=]/.test(value) ? JSON.stringify(value) : value;
  return JSON.stringify(value);
}

/** One JSON record → one readable line (errors keep their stack on the following lines). */
export function readableLine(json: string): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const time = typeof record.time === 'string' ? record.time.slice(11, 19) : '';
  const level = LEVELS[record.level as number] ?? String(record.level);
  const err = record.err as { stack?: string; message?: string } | undefined;
  const fields = Object.entries(record)
    .filter(([key, value]) => !HIDDEN.has(key) && key !== 'err' && value !== undefined)
    .map(([key, value]) => `${key}=${show(value)}`);
  const line = [time, level, String(record.msg ?? ''), ...fields].filter(Boolean).join('  ');
  return err ? `${line}\n${err.stack ?? err.message ?? ''}` : line;
}

/** A pino destination writing readable lines to stdout. */
export const readableStdout = {
  write(chunk: string) {
    for (const json of chunk.split('\n')) if (json) process.stdout.write(`${readableLine(json)}\n`);
  },
};

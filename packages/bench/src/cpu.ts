// CPU time spent serving a step: the server process and the PostgreSQL backends connected to the
// bench's database, read from /proc (utime + stime, in clock ticks) before and after the measured
// window (the other server's backends sit idle meanwhile). CPU per request moves far less with
// the machine's load than req/s does.
import { readFileSync, readdirSync } from 'node:fs';
import pg from 'pg';

/** Linux's USER_HZ: /proc times are in hundredths of a second on every mainstream kernel. */
const TICKS_PER_SECOND = 100;

/** utime + stime of one process in ms; null when it is gone or /proc is not there. */
export function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (2nd field) may hold spaces: count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** The pids of the PostgreSQL backends serving `database` that run on this machine. */
async function backendPids(client: pg.Client, database: string): Promise<number[]> {
  const { rows } = await client.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [database],
  );
  const local = new Set(
    readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number),
  );
  return rows.map((row) => row.pid).filter((pid) => local.has(pid));
}

export interface CpuWindow {
  /** Call when the measured window starts. */
  start(): Promise<void>;
  /** CPU ms spent during the window by the server and by the database's backends. */
  stop(): Promise<{ serverMs: number; postgresMs: number }>;
}

/**
 * Measures one window. Backends that appear during the window count from zero; those that leave
 * it are lost (pools keep theirs open, so this rarely matters).
 */
export function cpuWindow(serverPid: number, databaseUrl: string): CpuWindow {
  const database = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  const client = new pg.Client({ connectionString: databaseUrl });
  let connected: Promise<unknown> | undefined;
  let server = 0;
  const backends = new Map<number, number>();
  const sample = async () => {
    connected ??= client.connect();
    await connected;
    return new Map((await backendPids(client, database)).map((pid) => [pid, cpuMs(pid) ?? 0]));
  };
  return {
    async start() {
      server = cpuMs(serverPid) ?? 0;
      for (const [pid, ms] of await sample()) backends.set(pid, ms);
    },
    async stop() {
      const serverMs = (cpuMs(serverPid) ?? server) - server;
      let postgresMs = 0;
      for (const [pid, ms] of await sample()) postgresMs += ms - (backends.get(pid) ?? 0);
      await client.end().catch(() => {});
      return { serverMs, postgresMs };
    },
  };
}

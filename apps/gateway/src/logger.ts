// Logs through pino: JSON lines (production, collectors) or readable lines (development, see
// log-lines.ts). One logger for the process; a child per request carries its id.
import { pino, type Logger } from 'pino';
import { readableStdout } from './log-lines.ts';

export type { Logger };

export function createLogger(level: string, format: 'json' | 'pretty' = 'json'): Logger {
  return pino(
    {
      level,
      base: { service: 'gateway' },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Secrets never reach the logs, even when a whole request is logged by mistake.
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token'],
        censor: '[redacted]',
      },
    },
    format === 'pretty' ? readableStdout : undefined,
  );
}

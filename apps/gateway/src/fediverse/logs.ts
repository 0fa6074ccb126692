// Fedify logs through LogTape; without a sink its warnings (a signature that fails to verify, a key
// that cannot be fetched, an inbox listener that threw) would vanish. This sends Fedify's warnings and
// errors to the gateway's JSON logs, under `fedify: <category>`. LogTape's configuration is global to
// the process: the last gateway created (tests start several) receives them.
import { configure, type LogRecord } from '@logtape/logtape';
import type { Logger } from '../logger.ts';

export async function forwardFedifyLogs(logger: Logger): Promise<void> {
  const sink = (record: LogRecord) => {
    const message = record.message.map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join('');
    const fields = { fedify: record.category.join('.'), ...record.properties };
    if (record.level === 'error' || record.level === 'fatal') logger.error(fields, message);
    else logger.warn(fields, message);
  };
  await configure({
    reset: true,
    sinks: { gateway: sink },
    loggers: [
      { category: 'fedify', lowestLevel: 'warning', sinks: ['gateway'] },
      { category: ['logtape', 'meta'], lowestLevel: 'error', sinks: ['gateway'] },
    ],
  });
}

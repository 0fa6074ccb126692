// The retention periods the purge enforces are the ones docs/deploy.md states, and the data-rights
// error codes are in docs/errors.md.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { RETENTION_RULES } from '../../src/privacy/retention.ts';

const read = (name: string) => readFileSync(new URL(`../../../../docs/${name}`, import.meta.url), 'utf8');

it('deploy.md states each retention period the purge enforces', () => {
  const deploy = read('deploy.md');
  for (const rule of RETENTION_RULES) {
    const period = rule.days % 365 === 0 && rule.days > 365 ? `${rule.days / 365} years` : `${rule.days} days`;
    const row = deploy
      .split('\n')
      .find((line) => line.startsWith('| ') && line.includes(`\`${rule.table}\``) && line.includes(period));
    expect(row, `${rule.name}: ${rule.table}, ${period}`).toBeDefined();
  }
});

it('errors.md lists the data-rights codes', () => {
  const errors = read('errors.md');
  for (const code of ['LAST_COORDINATOR', 'CONFIRMATION_MISMATCH'])
    expect(errors).toMatch(new RegExp(`^\\| \`${code}\` +\\|`, 'm'));
});

// docs/errors.md lists every code the security layer answers with; docs/api.md the limit values.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECURITY_CODES } from '../../src/security/errors.ts';
import { DEFAULT_COST_MODEL, DEFAULT_RATE_LIMITS, DEFAULT_STATIC_LIMITS } from '../../src/security/limits.ts';

const read = (name: string) => readFileSync(new URL(`../../../../docs/${name}`, import.meta.url), 'utf8');
const errors = read('errors.md');
const api = read('api.md');
const points = (n: number) => n.toLocaleString('en-US').replace(/,/g, ' ');

describe('docs', () => {
  it.each(Object.entries(SECURITY_CODES))('errors.md lists %s with HTTP %s', (code, status) => {
    expect(errors).toMatch(new RegExp(`^\\| \`${code}\` +\\| ${status}\\b`, 'm'));
  });

  it('api.md states the limits the code enforces', () => {
    // A Markdown table row, whatever padding a formatter gives its cells.
    const row = (label: string, value: string) =>
      expect(api).toMatch(new RegExp(`^\\| ${label}[^|]* \\| ${value.replaceAll(' \\| ', ' +\\| ')} `, 'm'));
    row('tokens per document', points(DEFAULT_STATIC_LIMITS.maxTokens));
    row('depth of nested fields', String(DEFAULT_STATIC_LIMITS.maxDepth));
    row('fields in one selection set', String(DEFAULT_STATIC_LIMITS.maxSelectionsPerSet));
    row('fields in one document', String(DEFAULT_STATIC_LIMITS.maxSelections));
    row('nested lists inside introspection', String(DEFAULT_STATIC_LIMITS.maxIntrospectionListDepth));
    row('aliases per operation', String(DEFAULT_STATIC_LIMITS.maxAliases));
    row('directives per operation', String(DEFAULT_STATIC_LIMITS.maxDirectives));
    row(
      '`first` / `last` on a connection',
      `0 to ${DEFAULT_COST_MODEL.maxPageSize}; ${DEFAULT_COST_MODEL.defaultPageSize} when neither is given`,
    );
    row('computed cost of one operation', `${points(DEFAULT_STATIC_LIMITS.maxCost)} points`);
    row('anonymous', `IP address \\| ${points(DEFAULT_RATE_LIMITS.anonymous)}`);
    row('signed-in member', `member \\| ${points(DEFAULT_RATE_LIMITS.session)}`);
    row('API token', `token \\| ${points(DEFAULT_RATE_LIMITS.token)}`);
    expect(api).toContain(`fixed window of ${DEFAULT_RATE_LIMITS.windowMs / 1000} seconds`);
    expect(api).toContain(`counts **${DEFAULT_COST_MODEL.listFactor} times**`);
  });
});

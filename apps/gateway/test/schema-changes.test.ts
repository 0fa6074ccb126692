// scripts/check-schema-changes.mjs, the CI check of the API contract: a breaking change fails CI
// unless it is recorded in a dated entry of the API changelog.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../../scripts/check-schema-changes.mjs', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`fixtures/schema-changes/${name}`, import.meta.url));

function check(...args: string[]): { code: number; output: string } {
  try {
    return { code: 0, output: execFileSync(process.execPath, [script, ...args], { encoding: 'utf8' }) };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { code: failed.status, output: failed.stdout };
  }
}

describe('check-schema-changes', () => {
  const files = ['--previous', fixture('before.graphql'), '--schema', fixture('after.graphql')];

  it('fails on a breaking change missing from the changelog, naming it', () => {
    const { code, output } = check(...files, '--changelog', fixture('missing.md'));
    expect(code).toBe(1);
    expect(output).toContain('BREAKING  FIELD_REMOVED: Member.headline was removed.');
    expect(output).toContain('1 breaking change(s) not recorded');
    expect(output).toContain('- Member.headline was removed.');
  });

  it('fails when the change is only listed outside a dated entry', () => {
    expect(check(...files, '--changelog', fixture('changelog-undated.md')).code).toBe(1);
  });

  it('passes once the change is recorded under a dated heading', () => {
    const { code, output } = check(...files, '--changelog', fixture('changelog-recorded.md'));
    expect(output).toContain('Member.headline was removed.  (recorded in the changelog)');
    expect(code).toBe(0);
  });

  it('passes an unchanged schema without any changelog', () => {
    const same = ['--previous', fixture('before.graphql'), '--schema', fixture('before.graphql')];
    expect(check(...same, '--changelog', fixture('missing.md'))).toEqual({
      code: 0,
      output: expect.stringContaining('0 breaking'),
    });
  });

  it('today’s committed schema: every breaking change since the last landed schema (ad32cdd) is recorded', () => {
    const { code, output } = check('ad32cdd');
    // A shallow clone without that commit has nothing to compare; otherwise both changes are recorded.
    if (output.includes('nothing to compare')) return;
    expect(output).toContain(
      'Member.calendarFeed changed type from ApiToken to CalendarFeed.  (recorded in the changelog)',
    );
    expect(code).toBe(0);
  });
});

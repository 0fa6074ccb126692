// `pnpm admin:create --email … [--name …]`: creates or recovers an admin on the configured database
// (DATABASE_URL, or the embedded one) and prints a one-time sign-in link. See docs/deploy.md.
import { hostname, userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { openDatabase, resolveDatabaseTarget } from '@ekoacteurs/db';
import { createOrRecoverAdmin, FirstAdminInputError, ADMIN_LINK_MINUTES } from '../auth/first-admin.ts';
import { ConfigError, loadConfig } from '../config.ts';

const USAGE = 'Usage: pnpm admin:create --email camille@example.fr [--name "Camille Martin"]';

function operator(): string {
  try {
    return `${userInfo().username}@${hostname()}`;
  } catch {
    return hostname();
  }
}

async function run(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: { email: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(
      `${USAGE}\nMakes the address an active admin (creating the account if needed) and prints a sign-in link valid ${ADMIN_LINK_MINUTES} minutes.\n`,
    );
    return 0;
  }
  if (!args.email) {
    process.stderr.write(`--email is required.\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const target = resolveDatabaseTarget(process.env);
  if (target.kind === 'pglite') {
    process.stderr.write(
      `Using the embedded database in ${target.dataDir}: stop the running server first (two processes must not open it at once).\n`,
    );
  }
  const db = await openDatabase({ target, poolSize: 1 });
  try {
    const admin = await createOrRecoverAdmin(db.prisma, {
      email: args.email,
      name: args.name,
      publicUrl: config.PUBLIC_URL,
      operator: operator(),
    });
    const what = {
      created: 'created',
      promoted: 'promoted to admin',
      reactivated: 'reactivated as an active admin',
      unchanged: 'already an active admin',
    }[admin.outcome];
    process.stdout.write(
      `${admin.displayName} <${admin.email}>: ${what}.\n` +
        `Sign in once with this link (valid ${ADMIN_LINK_MINUTES} minutes, until ${admin.expiresAt.toISOString()}):\n\n  ${admin.link}\n\n` +
        'Then set a password in Paramètres, or ask for a new link with the same command.\n',
    );
    return 0;
  } finally {
    await db.close();
  }
}

run().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof FirstAdminInputError)
      process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`admin:create failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);

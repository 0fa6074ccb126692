// The demo a newcomer gets with `npm start`: the embedded database filled with the seed, and the
// demo admin given a password so the console can be explored. In production only when the
// operator sets DEMO_ADMIN_PASSWORD explicitly (e.g. a public demo, or the end-to-end tests).
import type { PrismaClient } from '@ekoacteurs/db';
import { seed } from '@ekoacteurs/db/seed';
import { hashPassword } from './auth/passwords.ts';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';

export const DEMO_ADMIN_EMAIL = 'admin@ekoacteurs.fr';

export async function seedDemo(prisma: PrismaClient, config: Config, logger: Logger) {
  const summary = await seed(prisma);
  logger.info({ summary }, 'embedded database created and seeded with demo data');
  await giveDemoAdminPassword(prisma, config, logger);
}

/**
 * The start banner promises the demo sign-in: outside production, an embedded demo database whose
 * demo admin has no password yet (seeded by a production-mode start, say) gets the demo password.
 * A password the admin set is never replaced.
 */
export async function giveDemoAdminPassword(prisma: PrismaClient, config: Config, logger: Logger) {
  const password = config.DEMO_ADMIN_PASSWORD ?? (config.NODE_ENV === 'production' ? null : 'ekoacteurs-demo');
  if (password === null) return;
  // Hashing is slow on purpose (a second on a busy machine): only when there is a password to give.
  const where = { email: DEMO_ADMIN_EMAIL, passwordHash: null };
  if ((await prisma.member.count({ where })) === 0) return;
  const { count } = await prisma.member.updateMany({ where, data: { passwordHash: await hashPassword(password) } });
  if (count > 0)
    logger.info(
      { email: DEMO_ADMIN_EMAIL },
      'demo admin: sign in with this address and DEMO_ADMIN_PASSWORD (default "ekoacteurs-demo")',
    );
}

// Creating or recovering an admin from the operator's shell (`pnpm admin:create`): the way in on a
// fresh PostgreSQL database or in production, where no one can sign in yet. The address becomes an
// active admin (created, or promoted and reactivated), and a single-use sign-in link is issued the
// same way the emailed ones are (only its SHA-256 stored, short expiry). Audited, run it as often
// as needed: each run leaves a new link and an audit entry.
import type { PrismaClient } from '@ekoacteurs/db';
import { recordAudit } from '../audit.ts';
import { uniqueSlug } from '../slug.ts';
import { newSecret } from './secrets.ts';

export const ADMIN_LINK_MINUTES = 60;

export interface FirstAdminRequest {
  email: string;
  name?: string | null;
  publicUrl: string;
  /** Who ran it, for the audit log (e.g. "deploy@web-1"). */
  operator: string;
}

export interface FirstAdminOutcome {
  memberId: string;
  email: string;
  displayName: string;
  /** What was done to the account. */
  outcome: 'created' | 'promoted' | 'reactivated' | 'unchanged';
  link: string;
  expiresAt: Date;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class FirstAdminInputError extends Error {}

export async function createOrRecoverAdmin(
  prisma: PrismaClient,
  request: FirstAdminRequest,
): Promise<FirstAdminOutcome> {
  const email = request.email.trim().toLowerCase();
  if (!EMAIL.test(email) || email.length > 254)
    throw new FirstAdminInputError(`"${request.email}" is not an email address (e.g. camille@example.fr).`);
  const name = request.name?.trim() || null;
  if (name && name.length > 120) throw new FirstAdminInputError('--name takes at most 120 characters.');

  return prisma.$transaction(async (tx) => {
    const existing = await tx.member.findUnique({
      where: { email },
      select: { id: true, role: true, status: true, displayName: true, admittedAt: true },
    });
    const now = new Date();
    let memberId: string;
    let displayName: string;
    let outcome: FirstAdminOutcome['outcome'];
    if (!existing) {
      displayName = name ?? email.split('@')[0]!;
      const handle = await uniqueSlug(displayName, async (candidates) =>
        (await tx.member.findMany({ where: { handle: { in: candidates } }, select: { handle: true } })).map(
          (row) => row.handle,
        ),
      );
      const created = await tx.member.create({
        data: { email, handle, displayName, status: 'ACTIVE', role: 'ADMIN', admittedAt: now },
      });
      memberId = created.id;
      outcome = 'created';
    } else {
      memberId = existing.id;
      displayName = name ?? existing.displayName;
      outcome = existing.status !== 'ACTIVE' ? 'reactivated' : existing.role !== 'ADMIN' ? 'promoted' : 'unchanged';
      await tx.member.update({
        where: { id: existing.id },
        data: {
          role: 'ADMIN',
          status: 'ACTIVE',
          suspendedAt: null,
          admittedAt: existing.admittedAt ?? now,
          ...(name ? { displayName: name } : {}),
        },
      });
    }
    const { secret, hash } = newSecret();
    const expiresAt = new Date(now.getTime() + ADMIN_LINK_MINUTES * 60_000);
    await tx.signInToken.create({ data: { tokenHash: hash, memberId, purpose: 'SIGN_IN', ip: '', expiresAt } });
    await recordAudit(tx, {
      actorId: null,
      action: outcome === 'created' ? 'admin.created_from_cli' : 'admin.recovered_from_cli',
      targetType: 'Member',
      targetId: memberId,
      data: {
        outcome,
        operator: request.operator,
        ...(existing ? { from: { role: existing.role, status: existing.status } } : {}),
      },
      ip: '',
      userAgent: 'pnpm admin:create',
    });
    // The secret travels in the fragment, like the emailed links: never in server logs.
    return {
      memberId,
      email,
      displayName,
      outcome,
      link: `${request.publicUrl}/connexion/lien#token=${secret}`,
      expiresAt,
    };
  });
}

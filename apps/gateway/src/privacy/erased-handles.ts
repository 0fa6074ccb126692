// The handles of members who left, kept only as a keyed SHA-256: their old public address answers
// 410 (Gone) instead of 404, and the handle itself is not kept.
import type { PrismaClient } from '@ekoacteurs/db';
import { hashSecret } from '../auth/secrets.ts';

export function handleHash(handle: string): string {
  return hashSecret(`erased-handle:${handle.toLowerCase()}`);
}

/** Whether this handle belonged to a member who left the federation. */
export async function isErasedHandle(db: Pick<PrismaClient, '$queryRaw'>, handle: string): Promise<boolean> {
  const rows = await db.$queryRaw<unknown[]>`SELECT 1 FROM "ErasedHandle" WHERE "handleHash" = ${handleHash(handle)}`;
  return rows.length > 0;
}

// The audit log: who did what to what, when and from where. Written in the same transaction
// as the change it records where possible, so one never exists without the other.
import type { Prisma, PrismaClient } from '@ekoacteurs/db';

export interface AuditEvent {
  actorId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  data?: Prisma.InputJsonValue;
  ip: string;
  userAgent: string;
}

type Db = Pick<PrismaClient, 'auditLogEntry'>;

export function recordAudit(db: Db, event: AuditEvent) {
  return db.auditLogEntry.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      targetType: event.targetType ?? '',
      targetId: event.targetId ?? '',
      data: event.data ?? {},
      ip: event.ip,
      userAgent: event.userAgent.slice(0, 300),
    },
  });
}

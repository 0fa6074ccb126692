// What every resolver receives. Built once per request by the server.
import type { PrismaClient } from '@ekoacteurs/db';
import type { Logger } from './logger.ts';

/** The caller, once identified (sign-in and tokens arrive with the identity work). */
export interface Viewer {
  memberId: string;
  role: 'MEMBER' | 'ADMIN';
  status: 'APPLICANT' | 'ACTIVE' | 'SUSPENDED' | 'LEFT' | 'DECLINED';
}

export interface Context {
  prisma: PrismaClient;
  requestId: string;
  logger: Logger;
  viewer: Viewer | null;
}

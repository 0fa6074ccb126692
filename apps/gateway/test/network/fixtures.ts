// Rows the directory tests assert on: skills, members with a written profile, sessions.
import type { Pace, SkillDomain, SkillLevel } from '@ekoacteurs/db/enums';
import { createSession } from '../../src/auth/sessions.ts';
import type { As, TestGateway } from '../harness.ts';

export async function addSkill(t: TestGateway, slug: string, name: string, domain: SkillDomain) {
  return t.db.prisma.skill.create({ data: { slug, name, nameEn: name, domain } });
}

export interface Profile {
  handle: string;
  displayName?: string;
  headline?: string;
  bio?: string;
  canDo?: string;
  cannotDo?: string;
  wishes?: string;
  concerns?: string;
  city?: string;
  region?: string;
  pace?: Pace;
  status?: 'APPLICANT' | 'ACTIVE' | 'SUSPENDED' | 'LEFT';
  role?: 'MEMBER' | 'ADMIN';
  websiteUrl?: string;
  skills?: [skillId: string, level: SkillLevel][];
}

export async function addProfile(t: TestGateway, { skills = [], ...profile }: Profile) {
  return t.db.prisma.member.create({
    data: {
      displayName: profile.handle.replace(/-/g, ' '),
      email: `${profile.handle}@example.fr`,
      status: 'ACTIVE',
      ...profile,
      skills: { create: skills.map(([skillId, level]) => ({ skillId, level })) },
    },
  });
}

/** A browser session for this member, as after signing in. */
export async function sessionOf(t: TestGateway, memberId: string): Promise<As> {
  const { secret } = await createSession(t.db.prisma, memberId, '127.0.0.1', 'test');
  return { cookie: `eko_session=${secret}` };
}

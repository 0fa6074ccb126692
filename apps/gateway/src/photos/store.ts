// Where members' photos live: the MemberPhoto table (bytea, so every replica serves the same
// photo), one row per member. A photo's address carries its content hash and size,
//   /photos/<member id>/<hash>-512.webp   and   /photos/<member id>/<hash>-96.webp,
// so a new photo gets a new address and an old address never shows a newer picture. While it is
// the member's picture, Member.avatarUrl holds the large one's address: every place that already
// shows avatarUrl (the API's PHOTO part, the public pages, the apps' avatars) shows it unchanged.
import { Prisma, type PrismaClient } from '@ekoacteurs/db';
import { recordAudit } from '../audit.ts';
import { PHOTO_SIZES, type PhotoSize, type ProcessedPhoto } from './process.ts';

const PATH = /^\/photos\/([0-9a-f-]{36})\/([0-9a-f]{16})-(\d+)\.webp$/;

/** The address of one size of a member's photo (relative to the site's origin). */
export function photoPath(memberId: string, hash: string, size: PhotoSize): string {
  return `/photos/${memberId}/${hash}-${PHOTO_SIZES[size]}.webp`;
}

/** The member id, hash and size an address names; null when it is not a photo's address. */
export function parsePhotoPath(path: string): { memberId: string; hash: string; size: PhotoSize } | null {
  const match = PATH.exec(path);
  if (!match) return null;
  const size = (Object.keys(PHOTO_SIZES) as PhotoSize[]).find((name) => String(PHOTO_SIZES[name]) === match[3]);
  return size ? { memberId: match[1]!, hash: match[2]!, size } : null;
}

/** Whether an avatarUrl is an uploaded photo's (then it is relative to the site, not an http URL). */
export function isUploadedPhoto(avatarUrl: string | null | undefined): avatarUrl is string {
  return !!avatarUrl && parsePhotoPath(avatarUrl) !== null;
}

interface Actor {
  memberId: string;
  ip: string;
  userAgent: string;
}

/** Makes this the member's photo (replacing any previous one) and their picture, with its audit entry. */
export async function savePhoto(
  prisma: PrismaClient,
  actor: Actor,
  photo: ProcessedPhoto,
): Promise<{ large: string; small: string }> {
  const { memberId } = actor;
  const large = photoPath(memberId, photo.hash, 'large');
  const data = {
    hash: photo.hash,
    large: new Uint8Array(photo.large),
    small: new Uint8Array(photo.small),
    createdAt: new Date(),
  };
  await prisma.$transaction([
    prisma.memberPhoto.upsert({ where: { memberId }, create: { memberId, ...data }, update: data }),
    prisma.member.update({ where: { id: memberId }, data: { avatarUrl: large } }),
    recordAudit(prisma, {
      actorId: memberId,
      action: 'profile.photo_set',
      targetType: 'Member',
      targetId: memberId,
      data: { bytes: photo.large.byteLength },
      ip: actor.ip,
      userAgent: actor.userAgent,
    }),
  ]);
  return { large, small: photoPath(memberId, photo.hash, 'small') };
}

/** Deletes the member's photo and clears their picture (any address): their initials show again. */
export async function removePhoto(prisma: PrismaClient, actor: Actor): Promise<void> {
  const { memberId } = actor;
  await prisma.$transaction([
    prisma.memberPhoto.deleteMany({ where: { memberId } }),
    prisma.member.update({ where: { id: memberId }, data: { avatarUrl: null } }),
    recordAudit(prisma, {
      actorId: memberId,
      action: 'profile.photo_removed',
      targetType: 'Member',
      targetId: memberId,
      ip: actor.ip,
      userAgent: actor.userAgent,
    }),
  ]);
}

export interface StoredPhoto {
  bytes: Uint8Array;
  status: 'APPLICANT' | 'ACTIVE' | 'SUSPENDED' | 'LEFT' | 'DECLINED';
  listing: 'VISITORS' | 'MEMBERS';
  publicFields: ('PLACE' | 'PHOTO' | 'SKILLS' | 'CARD' | 'PACE')[];
  pagePublished: boolean;
}

/** One size of the photo with this hash, and what the visibility rule needs of its member: one statement. */
export async function readPhoto(
  prisma: PrismaClient,
  memberId: string,
  hash: string,
  size: PhotoSize,
): Promise<StoredPhoto | null> {
  const column = Prisma.raw(size === 'large' ? 'p."large"' : 'p."small"');
  const rows = await prisma.$queryRaw<StoredPhoto[]>(Prisma.sql`
    SELECT ${column} AS "bytes", m."status"::text AS "status", m."listing"::text AS "listing",
           m."publicFields"::text[] AS "publicFields",
           EXISTS (SELECT 1 FROM "VisibilityPage" vp WHERE vp."memberId" = m."id" AND vp."published") AS "pagePublished"
    FROM "MemberPhoto" p JOIN "Member" m ON m."id" = p."memberId"
    WHERE p."memberId" = ${memberId}::uuid AND p."hash" = ${hash}`);
  return rows[0] ?? null;
}

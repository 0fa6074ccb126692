// A member's photo: uploaded over HTTP with the session's CSRF rule, resized to 512 and 96 px WebP
// with no metadata left, stored in the database (another gateway on the same database serves it),
// served with long private caching at an address carrying its hash, shown only where the member
// is visible, and erased when the member leaves the federation.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { eraseMember } from '../../src/privacy/erasure.ts';
import { createGateway } from '../../src/server.ts';
import { listToVisitors, startTestGateway, type As, type TestGateway } from '../harness.ts';
import { addProfile, sessionOf } from '../network/fixtures.ts';

let t: TestGateway;
let camille: As;
let camilleId: string;
let peer: As;

const CLIENT = { 'x-graphql-client': 'portal' };

/** A 1200 × 800 JPEG carrying EXIF with a GPS position and a camera owner's name. */
async function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: '#2a7' } })
    .jpeg()
    .withExif({
      IFD0: { Copyright: 'Camille Martin secret', Make: 'PhoneMaker' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 24/1' },
    })
    .toBuffer();
}

function upload(
  body: Uint8Array,
  as: As,
  headers: Record<string, string> = { 'content-type': 'image/jpeg', ...CLIENT },
) {
  return fetch(`${t.url}/photos`, {
    method: 'POST',
    headers: { ...(as.cookie ? { cookie: as.cookie } : {}), ...headers },
    body: new Uint8Array(body),
  });
}

const get = (path: string, as: As = {}) =>
  fetch(`${t.url}${path}`, { headers: as.cookie ? { cookie: as.cookie } : {} });

beforeAll(async () => {
  t = await startTestGateway();
  const row = await addProfile(t, { handle: 'camille-photo', displayName: 'Camille Martin' });
  camilleId = row.id;
  camille = await sessionOf(t, row.id);
  peer = await sessionOf(t, (await addProfile(t, { handle: 'pair-photo', displayName: 'Pair' })).id);
});
afterAll(() => t?.stop());

describe('POST /photos', () => {
  let large: string;
  let small: string;

  it('resizes to 512 and 96 px WebP, strips the metadata, and makes it the member’s picture', async () => {
    const original = await phonePhoto();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const response = await upload(original, camille);
    expect(response.status).toBe(201);
    ({ avatarUrl: large, smallUrl: small } = await response.json());
    expect(large).toMatch(new RegExp(`^/photos/${camilleId}/[0-9a-f]{16}-512\\.webp$`));
    expect(small).toBe(large.replace('-512.webp', '-96.webp'));

    const served = await get(large, camille);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    const bytes = Buffer.from(await served.arrayBuffer());
    const meta = await sharp(bytes).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 512, height: 512 });
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(bytes.includes('secret')).toBe(false);
    expect(bytes.includes('PhoneMaker')).toBe(false);
    expect(await sharp(Buffer.from(await (await get(small, camille)).arrayBuffer())).metadata()).toMatchObject({
      width: 96,
      height: 96,
    });

    const { body } = await t.graphql(`{ viewer { avatarUrl } }`, {}, camille);
    expect(body.data.viewer.avatarUrl).toBe(large);
    expect(await t.db.prisma.auditLogEntry.count({ where: { actorId: camilleId, action: 'profile.photo_set' } })).toBe(
      1,
    );
  });

  it('answers 304 to a browser that has it, and is served by another gateway on the same database', async () => {
    const first = await get(large, camille);
    const again = await fetch(`${t.url}${large}`, {
      headers: { cookie: camille.cookie!, 'if-none-match': first.headers.get('etag')! },
    });
    expect(again.status).toBe(304);

    const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), PORT: 0 };
    const replica = createGateway({ config, db: t.db, logger: createLogger('silent') });
    const port = await replica.listen();
    try {
      const there = await fetch(`http://127.0.0.1:${port}${large}`, { headers: { cookie: camille.cookie! } });
      expect(there.status).toBe(200);
      expect(Buffer.from(await there.arrayBuffer()).equals(Buffer.from(await first.arrayBuffer()))).toBe(true);
    } finally {
      await replica.server.close();
    }
  });

  it('refuses what is not a photo, what is too large, cookies without the CSRF header, and visitors', async () => {
    const notImage = await upload(new TextEncoder().encode('<svg onload="alert(1)"></svg>'), camille, {
      'content-type': 'image/svg+xml',
      ...CLIENT,
    });
    expect(notImage.status).toBe(415);
    expect((await notImage.json()).error.code).toBe('PHOTO_NOT_AN_IMAGE');

    const truncated = (await phonePhoto()).subarray(0, 400);
    expect((await (await upload(truncated, camille)).json()).error.code).toBe('PHOTO_NOT_AN_IMAGE');

    const huge = await upload(new Uint8Array(5 * 1024 * 1024 + 1), camille);
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.code).toBe('PHOTO_TOO_LARGE');

    const forged = await upload(await phonePhoto(), camille, { 'content-type': 'image/jpeg' });
    expect(forged.status).toBe(403);
    expect((await forged.json()).error.code).toBe('CSRF_HEADER_REQUIRED');

    expect((await upload(await phonePhoto(), {})).status).toBe(401);
    // None of these changed the picture.
    expect((await t.db.prisma.member.findUniqueOrThrow({ where: { id: camilleId } })).avatarUrl).toBe(large);
  });

  it('is seen by members, and by visitors only once the member shows PHOTO to them', async () => {
    expect((await get(large, peer)).status).toBe(200);
    expect((await get(large)).status).toBe(404);
    await listToVisitors(t, camilleId);
    expect((await get(large)).status).toBe(200);
    const page = await (await get('/membres/camille-photo')).text();
    expect(page).toContain(`src="${large}"`);
    await t.db.prisma.member.update({ where: { id: camilleId }, data: { publicFields: ['PLACE', 'SKILLS'] } });
    expect((await get(large)).status).toBe(404);
    expect(await (await get('/membres/camille-photo')).text()).not.toContain(large);
    // A wrong hash is not found, whoever asks.
    expect((await get(large.replace(/[0-9a-f]{16}/, '0123456789abcdef'), camille)).status).toBe(404);
  });

  it('is replaced by a new photo (a new address) and removed with DELETE', async () => {
    const second = await upload(
      await sharp({ create: { width: 600, height: 600, channels: 3, background: '#fc0' } })
        .png()
        .toBuffer(),
      camille,
      { 'content-type': 'image/png', ...CLIENT },
    );
    const { avatarUrl } = await second.json();
    expect(avatarUrl).not.toBe(large);
    expect((await get(large, camille)).status).toBe(404);
    expect(
      (await fetch(`${t.url}/photos`, { method: 'DELETE', headers: { cookie: camille.cookie!, ...CLIENT } })).status,
    ).toBe(204);
    expect((await get(avatarUrl, camille)).status).toBe(404);
    expect((await t.db.prisma.member.findUniqueOrThrow({ where: { id: camilleId } })).avatarUrl).toBeNull();
    large = avatarUrl;
  });

  it('is erased when the member leaves the federation', async () => {
    const { avatarUrl } = await (await upload(await phonePhoto(), camille)).json();
    await eraseMember(t.db.prisma, {
      memberId: camilleId,
      actor: { actorId: camilleId, ip: '', userAgent: '' },
      byAdmin: false,
    });
    expect(await t.db.prisma.memberPhoto.count({ where: { memberId: camilleId } })).toBe(0);
    expect((await get(avatarUrl, peer)).status).toBe(404);
  });
});

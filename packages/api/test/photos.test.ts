import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, photoImages, progressPhotos } from '@sixstep/db';
import type { SessionClaims } from '../src/context';
import { photoResponse, uploadPhotoResponse } from '../src/services/photos/photo-routes';
import { gpsTagsOf } from './exif';
import { createHarness, type Actor, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.destroy());

const sessionOf = (actor: Actor): SessionClaims | null =>
  actor === 'anonymous'
    ? null
    : {
        userId: h.ids[actor],
        role:
          actor === 'admin' ? 'admin' : actor.toLowerCase().includes('coach') ? 'coach' : 'client',
        // Every fixture user is still on its first session version.
        sessionVersion: 1,
        authTime: Date.now(),
      };

async function upload(
  actor: Actor,
  file: Blob | null,
  fields: Record<string, string> = { pose: 'back' },
  filename = 'photo.jpg',
) {
  const form = new FormData();
  if (file) form.set('file', file, filename);
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const response = await uploadPhotoResponse(
    new Request('http://sixstep.test/api/photos', { method: 'POST', body: form }),
    { database: h.database, session: sessionOf(actor) },
  );
  return { status: response.status, body: (await response.json()) as UploadBody };
}

/** The upload route's answer: the stored photo's id, or the refusal naming its field. */
interface UploadBody {
  id: string;
  error: { message: string; field?: string };
}

const image = (format: 'jpeg' | 'png' | 'webp', width = 2400, height = 1800) =>
  sharp({ create: { width, height, channels: 3, background: '#7a9cc6' } })
    .composite([
      {
        input: Buffer.from(
          `<svg width="${width}" height="${height}"><circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="#d9b38c"/></svg>`,
        ),
      },
    ])
    .toFormat(format)
    .toBuffer();

/** A camera-like JPEG: a location (GPS IFD), a camera make and a copyright in its EXIF. */
const jpegWithGps = async () =>
  sharp(await image('jpeg'))
    .withExif({
      IFD0: { Make: 'PhoneCam', Copyright: 'Somebody' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '52/1 31/1 1234/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '13/1 24/1 0/1',
      },
    })
    .jpeg()
    .toBuffer();

const blobOf = (bytes: Buffer, type = 'image/jpeg') => new Blob([new Uint8Array(bytes)], { type });

async function stored() {
  const { db } = h.database;
  return {
    photos: (await db.select().from(progressPhotos)).length,
    images: (await db.select({ id: photoImages.photoId }).from(photoImages)).length,
  };
}

async function fetchImage(actor: Actor, id: string, size: string | null = 'full') {
  return photoResponse(id, size, { database: h.database, session: sessionOf(actor) });
}

let jpegId: string;

describe('POST /api/photos', () => {
  it('resizes a phone JPEG to 1600 px and a thumbnail, with its GPS and every other metadata gone', async () => {
    const original = await jpegWithGps();
    const before = await sharp(original).metadata();
    expect(gpsTagsOf(before.exif)).toEqual(expect.arrayContaining([1, 2, 3, 4]));
    expect(before.exif!.toString('latin1')).toContain('PhoneCam');

    const { status, body } = await upload('client', blobOf(original), {
      pose: 'back',
      takenOn: '2026-03-09',
    });
    expect(status).toBe(201);
    jpegId = body.id;

    const full = await fetchImage('client', jpegId, 'full');
    expect(full.status).toBe(200);
    expect(full.headers.get('content-type')).toBe('image/jpeg');
    expect(full.headers.get('cache-control')).toMatch(/^private/);
    const fullBytes = Buffer.from(await full.arrayBuffer());
    const fullMeta = await sharp(fullBytes).metadata();
    expect([fullMeta.width, fullMeta.height]).toEqual([1600, 1200]);
    expect(fullMeta.exif).toBeUndefined();
    expect(gpsTagsOf(fullMeta.exif)).toEqual([]);
    expect(fullMeta.xmp).toBeUndefined();
    expect(fullMeta.iptc).toBeUndefined();
    expect(fullMeta.icc).toBeUndefined();
    expect(fullBytes.toString('latin1')).not.toContain('PhoneCam');

    const thumb = await fetchImage('client', jpegId, 'thumb');
    const thumbMeta = await sharp(Buffer.from(await thumb.arrayBuffer())).metadata();
    expect([thumbMeta.width, thumbMeta.height]).toEqual([320, 240]);
    expect(thumbMeta.exif).toBeUndefined();
    const [row] = await h.database.db
      .select()
      .from(progressPhotos)
      .where(eq(progressPhotos.id, jpegId));
    expect(row).toMatchObject({ pose: 'back', takenOn: '2026-03-09', width: 1600, height: 1200 });
  });

  it('takes a PNG and a WebP, and never enlarges a small photo', async () => {
    const png = await upload('client', blobOf(await image('png', 900, 1200), 'image/png'), {
      pose: 'front',
    });
    expect(png.status).toBe(201);
    const meta = await sharp(
      Buffer.from(await (await fetchImage('client', png.body.id)).arrayBuffer()),
    ).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 900, 1200]);
    const webp = await upload('client', blobOf(await image('webp', 1000, 800), 'image/webp'), {
      pose: 'side',
    });
    expect(webp.status).toBe(201);
  });

  it('refuses what is not a whole photo with a clear message, storing nothing', async () => {
    const before = await stored();
    const whole = await image('jpeg');
    const cases: Array<[string, Blob | null, number, RegExp, string?]> = [
      [
        'a 12 MB file',
        blobOf(Buffer.concat([whole, Buffer.alloc(12 * 1024 * 1024)])),
        413,
        /larger than 10 MB/,
      ],
      [
        'a text file renamed .jpg',
        blobOf(Buffer.from('Shopping list: eggs, oats, spinach\n'.repeat(20))),
        400,
        /not a JPEG, PNG or WebP/,
        'notes.jpg',
      ],
      [
        'a truncated JPEG',
        blobOf(whole.subarray(0, Math.floor(whole.length * 0.6))),
        400,
        /damaged or incomplete/,
      ],
      [
        'a GIF',
        blobOf(
          await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
            .gif()
            .toBuffer(),
          'image/gif',
        ),
        400,
        /not a JPEG, PNG or WebP/,
      ],
      ['no file at all', null, 400, /Choose a photo/],
      ['an empty file', blobOf(Buffer.alloc(0)), 400, /empty/],
    ];
    for (const [what, file, status, message, filename] of cases) {
      const answer = await upload('client', file, { pose: 'back' }, filename);
      expect({ what, status: answer.status }).toEqual({ what, status });
      expect(answer.body.error.message).toMatch(/^file: /);
      expect(answer.body.error.message).toMatch(message);
    }
    // A HEIC header (what an iPhone sends when asked for the original).
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 24]),
      Buffer.from('ftypheic'),
      Buffer.alloc(4),
      Buffer.from('mif1heic'),
      Buffer.alloc(2000),
    ]);
    const heicAnswer = await upload(
      'client',
      blobOf(heic, 'image/heic'),
      { pose: 'back' },
      'IMG_1.HEIC',
    );
    expect(heicAnswer.status).toBe(400);
    expect(heicAnswer.body.error.message).toMatch(/HEIC .*choose JPEG/);
    const badPose = await upload('client', blobOf(whole), { pose: 'top' });
    expect([badPose.status, badPose.body.error.field]).toEqual([400, 'pose']);
    expect(await stored()).toEqual(before);
  });

  it('takes photos from clients only', async () => {
    const file = blobOf(await image('jpeg', 200, 200));
    const outcomes = Object.fromEntries(
      await Promise.all(
        (['anonymous', 'admin', 'coach', 'otherCoach', 'client', 'otherClient'] as const).map(
          async (actor) => [actor, (await upload(actor, file)).status] as const,
        ),
      ),
    );
    expect(outcomes).toEqual({
      anonymous: 401,
      admin: 403,
      coach: 403,
      otherCoach: 403,
      client: 201,
      otherClient: 201,
    });
  });
});

describe('GET /api/photos/{id}', () => {
  it('serves a photo to its client and their coach; to anyone else it does not exist', async () => {
    const outcomes: Record<string, number> = {};
    for (const actor of [
      'anonymous',
      'admin',
      'coach',
      'otherCoach',
      'client',
      'otherClient',
    ] as const)
      outcomes[actor] = (await fetchImage(actor, jpegId, 'thumb')).status;
    expect(outcomes).toEqual({
      anonymous: 401,
      admin: 404,
      coach: 200,
      otherCoach: 404,
      client: 200,
      otherClient: 404,
    });
    const missing = await fetchImage('coach', '00000000-0000-4000-8000-000000000000');
    const theirs = await fetchImage('otherCoach', jpegId);
    expect(missing.status).toBe(404);
    expect(await theirs.text()).toBe(await missing.text());
    expect((await fetchImage('coach', 'not-an-id')).status).toBe(404);
    expect((await fetchImage('coach', jpegId, 'huge')).status).toBe(400);
  });
});

describe('photos.list and photos.delete', () => {
  it('lists the client’s photos for them and their coach, and lets the client delete one (audited)', async () => {
    const mine = await h.as('client').photos.list();
    expect(mine.map((p) => p.id)).toContain(jpegId);
    const backs = await h.as('coach').photos.list({ clientId: h.ids.client, pose: 'back' });
    expect(backs.every((p) => p.pose === 'back')).toBe(true);
    await expect(h.as('otherCoach').photos.list({ clientId: h.ids.client })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(h.as('otherClient').photos.delete({ id: jpegId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await h.as('client').photos.delete({ id: jpegId });
    expect((await fetchImage('client', jpegId)).status).toBe(404);
    const images = await h.database.db
      .select({ id: photoImages.photoId })
      .from(photoImages)
      .where(eq(photoImages.photoId, jpegId));
    expect(images).toEqual([]);
    const [audit] = await h.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, jpegId));
    expect(audit).toMatchObject({ action: 'photo.deleted', actorId: h.ids.client });
  });

  it('puts check-ins, messages and photos in the client’s data download', async () => {
    await h.as('client').messages.send({ key: 'download-key-1', body: 'In my download' });
    const data = JSON.parse((await h.as('client').exports.myData()).body) as {
      messages: Array<{ body: string }>;
      photos: unknown[];
      checkins: unknown[];
    };
    expect(data.messages.map((m) => m.body)).toContain('In my download');
    expect(data.photos.length).toBeGreaterThan(0);
    expect(data.photos[0]).toMatchObject({
      pose: expect.any(String),
      image: expect.stringMatching(/^\/api\/photos\//),
    });
    expect(data.checkins).toEqual([]);
  });
});

import type { Database } from '@sixstep/db';
import { isoDateSchema } from '@sixstep/domain';
import type { SessionClaims } from '../../context';
import { photoPoseSchema } from '../../schemas/photos';
import { getUtcToday } from '../../infra/calendar';
import { sessionActor } from '../accounts/session-actor';
import { findVisiblePhoto } from './find-photo';
import { PHOTO_VARIANTS, postgresPhotoStore, type PhotoVariant } from './photo-store';
import { PHOTO_MAX_BYTES, PhotoRejected } from './process-photo';
import { uploadPhoto } from './upload-photo';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Room for the multipart envelope and the other fields around a 10 MB file. */
const MAX_REQUEST_BYTES = PHOTO_MAX_BYTES + 64 * 1024;

/** The refusal shape of the photo routes: a message naming the field, like the API's. */
const refuse = (status: number, message: string, field?: string) =>
  Response.json(
    { error: { message: field ? `${field}: ${message}` : message, field: field ?? null } },
    { status, headers: { 'Cache-Control': 'no-store' } },
  );

interface RouteContext {
  database: Pick<Database, 'db'>;
  session: SessionClaims | null;
  now?: Date;
}

/**
 * `POST /api/photos` (multipart: `file`, `pose`, optional `takenOn`): a client's progress photo.
 * Answers 201 `{id}`; a file that cannot be a photo is refused (400/413) and nothing is stored.
 */
export async function uploadPhotoResponse(request: Request, context: RouteContext) {
  const actor = await sessionActor(context.database.db, context.session);
  if (!actor) return refuse(401, 'Sign in first');
  if (actor.role !== 'client') return refuse(403, 'Only clients upload progress photos');
  if (Number(request.headers.get('content-length') ?? 0) > MAX_REQUEST_BYTES)
    return refuse(413, 'The photo is larger than 10 MB; choose a smaller one', 'file');
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse(400, 'Send the photo as multipart form data with a "file" field', 'file');
  }
  const file = form.get('file');
  if (!(file instanceof Blob)) return refuse(400, 'Choose a photo', 'file');
  const pose = photoPoseSchema.safeParse(form.get('pose'));
  if (!pose.success) return refuse(400, pose.error.issues[0]!.message, 'pose');
  const now = context.now ?? new Date();
  const takenOnField = form.get('takenOn');
  const takenOn =
    takenOnField === null || takenOnField === ''
      ? { success: true as const, data: getUtcToday(now) }
      : isoDateSchema.safeParse(takenOnField);
  if (!takenOn.success) return refuse(400, takenOn.error.issues[0]!.message, 'takenOn');
  if (file.size > PHOTO_MAX_BYTES)
    return refuse(413, 'The photo is larger than 10 MB; choose a smaller one', 'file');
  try {
    const bytes = Buffer.from(await file.arrayBuffer());
    const photo = await uploadPhoto(
      context.database.db,
      actor,
      { bytes, pose: pose.data, takenOn: takenOn.data },
      now,
    );
    return Response.json(photo, { status: 201, headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    if (error instanceof PhotoRejected) return refuse(error.status, error.message, 'file');
    throw error;
  }
}

/**
 * `GET /api/photos/{id}?size=thumb|full`: the image, for the photo's client and that client's
 * coach only (anyone else gets the 404 of a photo that does not exist). Private to the browser.
 */
export async function photoResponse(id: string, size: string | null, context: RouteContext) {
  const actor = await sessionActor(context.database.db, context.session);
  if (!actor) return refuse(401, 'Sign in first');
  const variant = (size ?? 'full') as PhotoVariant;
  if (!PHOTO_VARIANTS.includes(variant)) return refuse(400, 'Size must be thumb or full', 'size');
  const photo = UUID.test(id)
    ? await findVisiblePhoto(context.database.db, actor, id.toLowerCase())
    : null;
  const image = photo && (await postgresPhotoStore.read(context.database.db, photo.id, variant));
  if (!image) return refuse(404, 'Photo not found');
  return new Response(new Uint8Array(image.bytes), {
    headers: {
      'Content-Type': image.contentType,
      'Content-Length': String(image.bytes.length),
      // Personal: never in a shared cache; the browser may keep it briefly (ids never change).
      'Cache-Control': 'private, max-age=3600',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

import { uploadPhotoResponse } from '@sixstep/api';
import { getDatabase } from '@/server/database';
import { readSessionClaims } from '@/server/session-claims';

export const dynamic = 'force-dynamic';

/** A client's progress photo upload (multipart: file, pose, takenOn); see the API's photo routes. */
export async function POST(request: Request) {
  const [database, session] = await Promise.all([
    getDatabase(),
    readSessionClaims(request.headers),
  ]);
  return uploadPhotoResponse(request, { database, session });
}

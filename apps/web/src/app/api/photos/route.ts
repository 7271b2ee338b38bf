import { uploadPhotoResponse } from '@sixstep/api';
import { auth } from '@/auth';
import { getDatabase } from '@/server/database';

export const dynamic = 'force-dynamic';

/** A client's progress photo upload (multipart: file, pose, takenOn); see the API's photo routes. */
export async function POST(request: Request) {
  const [database, session] = await Promise.all([getDatabase(), auth()]);
  const claims = session?.user?.id ? { userId: session.user.id, role: session.user.role } : null;
  return uploadPhotoResponse(request, { database, session: claims });
}

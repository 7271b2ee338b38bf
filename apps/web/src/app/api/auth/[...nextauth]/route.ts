import { handlers } from '@/auth';
import { withLimitedBody } from '@/server/limited-body';

/** A sign-in form is a few hundred bytes: anything near this is not one. */
const MAX_BODY_BYTES = 16 * 1024;

export const { GET } = handlers;

export async function POST(incoming: Request) {
  const req = await withLimitedBody(incoming, MAX_BODY_BYTES);
  if (req instanceof Response) return req;
  // next-auth reads the URL and cookies from the request; NextRequest only wraps them.
  const { NextRequest } = await import('next/server');
  return handlers.POST(new NextRequest(req));
}

import 'server-only';

export class BodyTooLarge extends Error {}

/**
 * The request body, read while it streams and abandoned as soon as it passes `maxBytes`: a
 * Content-Length is not trusted, and a chunked body without one is counted as it arrives.
 */
export async function readLimitedBody(
  req: Request,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!req.body) return null;
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes) throw new BodyTooLarge();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** The same request with its body read in full, within the limit (413 answer otherwise). */
export async function withLimitedBody(req: Request, maxBytes: number): Promise<Request | Response> {
  if (req.method === 'GET' || req.method === 'HEAD') return req;
  try {
    const body = await readLimitedBody(req, maxBytes);
    return new Request(req.url, { method: req.method, headers: req.headers, body });
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    return Response.json(
      { error: { message: `Request body too large (at most ${maxBytes} bytes)` } },
      { status: 413, headers: { 'Cache-Control': 'no-store', Connection: 'close' } },
    );
  }
}

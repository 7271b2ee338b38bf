import 'server-only';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { logger } from '@sixstep/api';
import { serverApi } from '@/trpc/server';

type Api = Awaited<ReturnType<typeof serverApi>>;

/** What an export procedure hands back: the file's name, type and text. */
export interface DownloadFile {
  filename: string;
  contentType: string;
  body: string;
}

export interface DownloadOptions {
  /**
   * What to say when the API answers NOT_FOUND or BAD_REQUEST (a made-up or malformed id):
   * both mean "nothing of yours here", as on the pages.
   */
  notFoundMessage?: string;
}

function plainText(status: number, message: string) {
  return new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/**
 * Serves a file made by an export procedure as a download. The procedure is called through the
 * server caller with this request's session, so the API's own authorization decides who gets
 * what; this only turns its answer (or refusal) into HTTP. Personal data: never cached.
 */
export async function downloadResponse(
  load: (api: Api) => Promise<DownloadFile>,
  { notFoundMessage = 'Not found' }: DownloadOptions = {},
): Promise<Response> {
  try {
    const file = await load(await serverApi());
    const charset = file.contentType.includes('charset') ? '' : '; charset=utf-8';
    return new Response(file.body, {
      headers: {
        'Content-Type': `${file.contentType}${charset}`,
        'Content-Disposition': `attachment; filename="${file.filename.replace(/["\\\r\n]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    if (!(error instanceof TRPCError) || error.code === 'INTERNAL_SERVER_ERROR') {
      logger.error({ err: error }, 'download failed');
      return plainText(500, 'The file could not be made. Try again in a moment.');
    }
    if (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST')
      return plainText(404, notFoundMessage);
    if (error.code === 'UNAUTHORIZED')
      return plainText(401, 'Your session has ended. Sign in again to download.');
    return plainText(getHTTPStatusCodeFromError(error), error.message);
  }
}

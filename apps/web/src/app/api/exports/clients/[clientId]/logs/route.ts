import { downloadResponse } from '@/server/download-response';

/** A coach's CSV of every day log and workout of one of their own clients. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ clientId: string }> },
) {
  const { clientId } = await params;
  return downloadResponse((api) => api.exports.clientCsv({ clientId }), {
    notFoundMessage: 'Client not found',
  });
}

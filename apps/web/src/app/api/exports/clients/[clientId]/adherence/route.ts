import { downloadResponse } from '@/server/download-response';

/** A coach's CSV of one of their own clients' weekly adherence, per step and assignment. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ clientId: string }> },
) {
  const { clientId } = await params;
  return downloadResponse((api) => api.exports.clientAdherenceCsv({ clientId }), {
    notFoundMessage: 'Client not found',
  });
}

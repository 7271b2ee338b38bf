import { downloadResponse } from '@/server/download-response';

/** The signed-in client's own data as one JSON file. */
export async function GET() {
  return downloadResponse((api) => api.exports.myData());
}

import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import postgres from 'postgres';

/**
 * The floor for logging a workout: a bare node:http server that stores the same row with one
 * postgres.js statement (and reads it back on a repeated key, as the API does). No session check,
 * no validation, no framework: what is left is the database and the socket.
 * Run as its own process: FLOOR_DATABASE_URL, FLOOR_PORT; the client id comes in x-client-id.
 */
const sql = postgres(process.env.FLOOR_DATABASE_URL!, { max: 10, onnotice: () => {} });

interface WorkoutBody {
  json: { key: string; date: string; kind: string; minutes?: number; activity?: string };
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  // The handler answers every request itself, errors included: nothing is left to the caller.
  req.on('end', () => void answer(req.headers, chunks, res));
});

async function answer(
  headers: IncomingHttpHeaders,
  chunks: Buffer[],
  res: ServerResponse,
): Promise<void> {
  try {
    const clientId = String(headers['x-client-id']);
    const { json: w } = JSON.parse(Buffer.concat(chunks).toString()) as WorkoutBody;
    let [row] = await sql`
        insert into workout_logs (client_id, date, kind, minutes, activity, idempotency_key)
        values (${clientId}, ${w.date}, ${w.kind}, ${w.minutes ?? null}, ${w.activity ?? null}, ${w.key})
        on conflict (client_id, idempotency_key) do nothing
        returning id, date::text, kind, minutes, activity`;
    row ??= (
      await sql`
        select id, date::text, kind, minutes, activity from workout_logs
        where client_id = ${clientId} and idempotency_key = ${w.key}`
    )[0];
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ result: { data: { json: row } } }));
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
}

server.listen(Number(process.env.FLOOR_PORT), '127.0.0.1', () => process.send?.('ready'));

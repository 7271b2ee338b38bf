/**
 * The production server (`pnpm start`): Next's request handler on a plain Node HTTP server, so a
 * stop signal drains the requests in flight, closes the database pool and exits 0.
 * `next start` also stops listening and waits on SIGTERM, but then exits 143 without closing the
 * pool and without a time limit; an orchestrator reads 143 as a failure.
 *
 *   node server/start.mjs [-p PORT] [-H HOST]     (PORT env honoured; default 3000, all interfaces)
 *   SHUTDOWN_GRACE_MS   longest wait for requests in flight before their connections are cut (25000);
 *                       open event streams (GET /api/events) are cut at once
 */
import console from 'node:console';
import { createServer } from 'node:http';
import path from 'node:path';
import process from 'node:process';
import { clearTimeout, setImmediate, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

// Read by Next and by the app's configuration when they load: set before importing them.
process.env.NODE_ENV ??= 'production';
const { default: next } = await import('next');

const { values: args } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(args.port ?? process.env.PORT ?? 3000);
const hostname = args.hostname;
const graceMs = Number(process.env.SHUTDOWN_GRACE_MS ?? 25_000);
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const app = next({ dev: false, dir: appDir, hostname: hostname ?? 'localhost', port });
await app.prepare();
const handle = app.getRequestHandler();

/**
 * Largest request body per route, counted while it streams (chunked bodies too): a request
 * passing it is answered 413 and its connection closed before the rest is read. Photo uploads
 * are big by nature; nothing else needs more than a form or a tRPC call.
 */
const MAX_BODY_BYTES = 1024 * 1024;
const MAX_PHOTO_BODY_BYTES = 11 * 1024 * 1024;
const bodyLimitFor = (url) =>
  url?.startsWith('/api/photos') ? MAX_PHOTO_BODY_BYTES : MAX_BODY_BYTES;

function refuseTooLarge(req, res, limit) {
  if (!res.headersSent) {
    res.writeHead(413, {
      'content-type': 'application/json',
      'cache-control': 'no-store',
      connection: 'close',
    });
    res.end(
      JSON.stringify({ error: { message: `Request body too large (at most ${limit} bytes)` } }),
    );
  }
  // Stop reading: the rest of the body is never taken in.
  setImmediate(() => req.destroy());
}

/**
 * Counts the body as the socket delivers it. The HTTP parser hands every chunk to `req.push`,
 * before any reader (Next's or ours) sees it, so the count holds whoever reads the body.
 */
function capBody(req, res) {
  const limit = bodyLimitFor(req.url);
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    refuseTooLarge(req, res, limit);
    return false;
  }
  let seen = 0;
  const push = req.push.bind(req);
  req.push = (chunk, encoding) => {
    if (chunk) {
      seen += chunk.length;
      if (seen > limit) {
        refuseTooLarge(req, res, limit);
        return false;
      }
    }
    return push(chunk, encoding);
  };
  return true;
}

/** Responses not yet finished: the requests in flight. */
const inFlight = new Set();
/**
 * Open live-update streams (GET /api/events): they never finish by themselves, so a stop cuts them
 * at once instead of waiting out the grace period; the browser reconnects to another instance.
 */
const eventStreams = new Set();
const isEventStream = (req) => req.url === '/api/events' || req.url?.startsWith('/api/events?');
let stopping = false;
const server = createServer((req, res) => {
  if (isEventStream(req)) {
    if (stopping) {
      res.writeHead(503, { 'retry-after': '1', connection: 'close' }).end();
      return;
    }
    eventStreams.add(res);
    res.once('close', () => eventStreams.delete(res));
  }
  inFlight.add(res);
  // A request that arrives on a kept-alive connection while stopping is served, then the connection closes.
  if (stopping) res.setHeader('connection', 'close');
  res.once('close', () => {
    inFlight.delete(res);
    // Once the socket has gone idle, so that keep-alive does not hold the shutdown.
    if (stopping) setImmediate(() => server.closeIdleConnections());
  });
  // The sign-in throttle's notion of the client: the socket's peer, never a header the client sent.
  req.headers['x-sixstep-peer'] = req.socket.remoteAddress ?? 'unknown';
  if (!capBody(req, res)) return;
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});

server.listen(port, hostname, () => {
  console.log(`Sixstep ready on http://${hostname ?? 'localhost'}:${port} (pid ${process.pid})`);
});

async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: no new connections; waiting for ${inFlight.size} request(s) in flight`);
  for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
  for (const res of eventStreams) res.destroy();
  const drained = new Promise((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  let cut = false;
  const deadline = setTimeout(() => {
    cut = true;
    console.error(
      `shutdown: ${inFlight.size} request(s) still running after ${graceMs} ms; closing their connections`,
    );
    server.closeAllConnections();
  }, graceMs);
  await drained;
  clearTimeout(deadline);
  await app.close().catch((error) => console.error(error));
  // The app keeps its one database on this global (packages/api/src/infra/app-database.ts).
  const database = await globalThis.sixstepDatabase?.catch(() => undefined);
  await database?.close();
  console.log(`shutdown: requests drained, database ${database ? 'closed' : 'never opened'}`);
  process.exit(cut ? 1 : 0);
}

process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));

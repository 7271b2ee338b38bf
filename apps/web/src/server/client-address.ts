import 'server-only';
import { clientAddress } from '@sixstep/api';
import { config } from './config';

/** Set by server/start.mjs from the socket, overwriting anything the client sent. */
export const PEER_HEADER = 'x-sixstep-peer';

/** The address the sign-in throttle counts against (see TRUSTED_PROXY_COUNT). */
export function requestAddress(headers: Headers): string {
  return clientAddress(
    headers.get(PEER_HEADER),
    headers.get('x-forwarded-for'),
    config.TRUSTED_PROXY_COUNT,
  );
}

/**
 * The client's address as the throttle sees it. The server puts the socket's peer address in
 * `peer`; each trusted proxy in front appends the address it saw to X-Forwarded-For, so with N
 * trusted proxies the client is the N-th address from the right of [...forwarded, peer]. Entries
 * further left were written by the client itself and are never believed.
 */
export function clientAddress(
  peer: string | null | undefined,
  forwardedFor: string | null | undefined,
  trustedProxies: number,
): string {
  const chain = [
    ...(forwardedFor ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
    peer?.trim() || 'unknown',
  ];
  const index = Math.max(0, chain.length - 1 - Math.max(0, Math.floor(trustedProxies)));
  return chain[index]!.slice(0, 100);
}

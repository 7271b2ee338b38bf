'use client';

import { useEffect, useRef, useState } from 'react';

/** What the server's event stream says happened (ids only; pages re-read through the API). */
export interface LiveEvent {
  type: string;
  clientId?: string;
}

const EVENT_TYPES = [
  'ready',
  'message.sent',
  'messages.read',
  'checkin.submitted',
  'checkin.reviewed',
];

/**
 * Calls `onEvent` for every event of the signed-in user's stream (GET /api/events). The browser's
 * EventSource reconnects by itself; "ready" comes on every (re)connection, so a page that re-reads
 * on it misses nothing that happened while the connection was down. Returns whether the stream
 * is connected now.
 */
export function useLiveEvents(onEvent: (event: LiveEvent) => void): boolean {
  const [connected, setConnected] = useState(false);
  const latest = useRef(onEvent);
  useEffect(() => {
    latest.current = onEvent;
  });
  useEffect(() => {
    const source = new EventSource('/api/events');
    const handle = (message: MessageEvent<string>) => {
      let data: Record<string, unknown> = {};
      try {
        data = JSON.parse(message.data) as Record<string, unknown>;
      } catch {
        // A malformed event is dropped.
      }
      latest.current({ ...data, type: message.type });
    };
    for (const type of EVENT_TYPES) source.addEventListener(type, handle);
    source.addEventListener('ready', () => setConnected(true));
    source.addEventListener('error', () => setConnected(false));
    return () => source.close();
  }, []);
  return connected;
}

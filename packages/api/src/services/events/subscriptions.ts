import type { Database, Unlisten } from '@sixstep/db';
import { logger } from '../../infra/logger';
import { EVENTS_CHANNEL, recipientsOf, type DomainEvent } from './domain-events';

type Listener = { userId: string; onEvent: (event: DomainEvent) => void };

interface Hub {
  listeners: Set<Listener>;
  /** The one LISTEN of this process on this database, opened with the first subscriber. */
  unlisten: Promise<Unlisten> | null;
}

const hubs = new WeakMap<Pick<Database, 'listen'>, Hub>();

function deliver(hub: Hub, payload: string): void {
  let event: DomainEvent;
  try {
    event = JSON.parse(payload) as DomainEvent;
  } catch {
    logger.warn({ payload: payload.slice(0, 200) }, 'unreadable event payload');
    return;
  }
  const recipients = new Set(recipientsOf(event));
  for (const listener of hub.listeners)
    if (recipients.has(listener.userId)) listener.onEvent(event);
}

/**
 * Hands the events meant for `userId` to `onEvent`, from every instance on the database. One
 * LISTEN per process is shared by all subscribers and closed when the last one leaves.
 */
export async function subscribeToEvents(
  database: Pick<Database, 'listen'>,
  userId: string,
  onEvent: (event: DomainEvent) => void,
): Promise<() => Promise<void>> {
  let hub = hubs.get(database);
  if (!hub) {
    hub = { listeners: new Set(), unlisten: null };
    hubs.set(database, hub);
  }
  const current = hub;
  const listener: Listener = { userId, onEvent };
  current.listeners.add(listener);
  current.unlisten ??= database.listen(EVENTS_CHANNEL, (payload) => deliver(current, payload));
  try {
    await current.unlisten;
  } catch (error) {
    current.listeners.delete(listener);
    current.unlisten = null;
    throw error;
  }
  return async () => {
    current.listeners.delete(listener);
    if (current.listeners.size === 0 && current.unlisten) {
      const stop = current.unlisten;
      current.unlisten = null;
      // A closed connection has no LISTEN left to stop.
      await stop.then((unlisten) => unlisten()).catch(() => undefined);
    }
  };
}

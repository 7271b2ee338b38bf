import { fingerprintDifference, type DatabaseWatch, type Fingerprint } from './fuzz-fingerprint';

/**
 * Proves that each rejected call leaves the database as it was, without fingerprinting around
 * every call: the fingerprint of the current state is kept, and a call that committed no write
 * (the trigger-kept counter did not move) cannot have changed it. Only after a committed write is
 * the database fingerprinted again; if the call was rejected, the new fingerprint must equal the
 * kept one. So each rejected call is checked on its own, and fingerprints cost only as much as
 * there are real writes. FUZZ_PARANOID fingerprints after every call instead (no counter trusted).
 */
export class RejectionLedger {
  private known: Fingerprint | null = null;
  private writes = 0;
  /** Rejected calls that changed the database, with the tables they changed. */
  readonly findings: string[] = [];
  fingerprints = 0;
  checkedRejections = 0;

  constructor(
    private readonly watch: DatabaseWatch,
    private readonly paranoid = false,
  ) {}

  /** Takes the current state as known; call at the start and after the test itself writes. */
  async sync(): Promise<void> {
    this.known = await this.take();
    this.writes = await this.watch.committedWrites();
  }

  /** Call after each fuzzed call with what was sent and whether it was rejected. */
  async afterCall(description: string, rejected: boolean): Promise<void> {
    if (!this.known) throw new Error('sync() first');
    const writes = await this.watch.committedWrites();
    const wrote = writes !== this.writes;
    this.writes = writes;
    if (rejected) this.checkedRejections++;
    if (!wrote && !this.paranoid) return;
    const now = await this.take();
    if (rejected) {
      const changed = fingerprintDifference(this.known, now);
      if (changed.length)
        this.findings.push(`${description} was rejected but changed ${changed.join('; ')}`);
    }
    this.known = now;
  }

  private take(): Promise<Fingerprint> {
    this.fingerprints++;
    return this.watch.fingerprint();
  }
}

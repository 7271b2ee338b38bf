/**
 * Every timed request of the run, by kind (e.g. "client · logs.upsertDay"): latencies of the
 * answers, errors with their first messages, and answers that are correct refusals by design
 * (a stale catalog version), which are counted apart from errors.
 */
export interface KindSamples {
  latencies: number[];
  errors: number;
  expectedRefusals: number;
  errorMessages: string[];
}

export class Recorder {
  readonly kinds = new Map<string, KindSamples>();

  private samples(kind: string): KindSamples {
    let found = this.kinds.get(kind);
    if (!found)
      this.kinds.set(
        kind,
        (found = { latencies: [], errors: 0, expectedRefusals: 0, errorMessages: [] }),
      );
    return found;
  }

  /** Times `work`; a throw is an error of this kind (and is rethrown so the user's step stops). */
  async time<T>(kind: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      const result = await work();
      this.samples(kind).latencies.push(performance.now() - started);
      return result;
    } catch (error) {
      if (error instanceof ExpectedRefusal) {
        const s = this.samples(kind);
        s.expectedRefusals++;
        s.latencies.push(performance.now() - started);
      } else this.error(kind, error);
      throw error;
    }
  }

  error(kind: string, error: unknown): void {
    const s = this.samples(kind);
    s.errors++;
    const message = error instanceof Error ? error.message : String(error);
    if (s.errorMessages.length < 5 && !s.errorMessages.includes(message))
      s.errorMessages.push(message.slice(0, 300));
  }
}

/** A refusal the scenario expects and handles (e.g. CONFLICT on a stale version): timed, not an error. */
export class ExpectedRefusal extends Error {}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the production server under test answers, e.g. http://127.0.0.1:3200. */
    baseUrl: string;
    /** Folder the run's SMTP server writes each received mail to (see mail-server.ts). */
    mailDir: string;
    /** Unique per run: keys state the journeys share through files (the admin's two-factor). */
    runId: string;
  }
}

export {};

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the production server under test answers, e.g. http://127.0.0.1:3200. */
    baseUrl: string;
  }
}

export {};

import pino from 'pino';

/** Server log. Never given passwords, tokens or hashes: those fields are redacted if they slip in. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  redact: [
    'password',
    '*.password',
    'token',
    '*.token',
    'passwordHash',
    '*.passwordHash',
    'headers.cookie',
  ],
});

/**
 * The input schemas alone, safe for the browser bundle (no database, mailer or logger):
 * web forms import them from '@sixstep/api/schemas' to validate exactly as the API does.
 */
export * from './accounts';
export * from './catalog';
export * from './programs';
export * from './adherence';
export * from './assignments';
export * from './logs';
export * from './notes';
export * from './plan';
export * from './messages';
export * from './checkins';
export * from './photos';

export * as schema from './schema';
export * from './schema';
export * from './client';
export { workspaceRoot } from './locate';
export { hashPassword, needsRehash, verifyPassword } from './passwords';
export * from './seed';
export { databaseErrorInfo, PG_ERROR, type DatabaseErrorInfo } from './errors';

import { openFromEnvironment } from './open';

const started = Date.now();
const { database, where } = await openFromEnvironment();
await database.close();
console.log(`Migrations applied to the ${where} (${Date.now() - started} ms).`);

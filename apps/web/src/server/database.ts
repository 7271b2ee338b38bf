import 'server-only';
import { appDatabase } from '@sixstep/api';
import { config } from './config';

export function getDatabase() {
  return appDatabase({
    url: config.DATABASE_URL,
    seedDemoData: !config.DATABASE_URL && process.env.NODE_ENV !== 'production',
  });
}

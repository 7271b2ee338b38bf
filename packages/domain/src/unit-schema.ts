import { z } from 'zod';
import { UNIT_SYSTEMS } from './units';

/** Kept apart from the conversions in units.ts so that browser code using those ships no zod. */
export const unitSystemSchema = z.enum(UNIT_SYSTEMS);

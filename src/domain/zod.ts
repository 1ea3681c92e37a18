/**
 * The one place the domain gets zod from. Zod 4 compiles validators with `new Function`
 * unless `jitless` is set, and our Content-Security-Policy forbids `unsafe-eval`; the
 * setting must run before any schema is created, so every domain module imports `z` here.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };

/**
 * The one place the domain gets zod from. It is `zod/mini` (the functional API): classic `zod`
 * puts every method (JSON Schema generation included) on every schema, so the bundler cannot
 * drop them and the first visit downloads them all.
 *
 * Zod 4 compiles validators with `new Function` unless `jitless` is set, and our
 * Content-Security-Policy forbids `unsafe-eval`; the setting must run before any schema is
 * created, so every domain module imports `z` here.
 *
 * Classic zod also installs the English locale, which mini leaves to us: without it every
 * issue reads "Invalid input", and users (and tests) see the messages. Classic's other
 * default, the memoizer, only matters for cyclic input; ours is parsed JSON or a structured
 * clone of a document we wrote, never cyclic, and shared objects parse without it
 * (zod.test.ts), so the first visit does not download it.
 */
import { z } from 'zod/mini';

z.config({ jitless: true, ...z.locales.en() });

export { z };

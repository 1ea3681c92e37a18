/**
 * The one place the domain gets zod from. It is `zod/mini` (the functional API): classic `zod`
 * puts every method (JSON Schema generation included) on every schema, so the bundler cannot
 * drop them and the first visit downloads them all.
 *
 * Zod 4 compiles validators with `new Function` unless `jitless` is set, and our
 * Content-Security-Policy forbids `unsafe-eval`; the setting must run before any schema is
 * created, so every domain module imports `z` here.
 *
 * Classic zod also installs two defaults that mini leaves to us, and we rely on both:
 * - the English locale: without it every issue reads "Invalid input", and users (and tests)
 *   see the messages;
 * - the memoizer, which lets recursive schemas (catalog conditions) parse shared or cyclic
 *   input as classic did. Containers read it when they are created, so it is set here too.
 */
import { z } from 'zod/mini';

z.config({ jitless: true, memoizer: z.memoizer(), ...z.locales.en() });

export { z };

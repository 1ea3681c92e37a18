/** Runs a conversion step; an unexpected exception becomes a typed error instead of escaping as a crash. */
import type { ImportResult } from '../../io/importErrors';
import { OTM_FORMAT_NAME } from './otmFormat';

export function importToError<T>(step: () => ImportResult<T>): ImportResult<T> {
  try {
    return step();
  } catch (error) {
    return {
      ok: false,
      error: {
        kind: 'invalid-interchange',
        format: OTM_FORMAT_NAME,
        path: '(top level)',
        message: `could not be converted (${error instanceof Error ? error.name : 'error'})`,
        more: 0,
      },
    };
  }
}

/**
 * Every icon key the catalog names must be one the UI can draw (a closed set, so no markup
 * travels in data). Lives beside the data because the domain may not import the UI.
 */
import { expect, it } from 'vitest';
import { ICON_KEYS } from '../src/ui/shared/Icon';
import componentTypes from './component-types.json';

it('names only icons of the UI icon set', () => {
  const known = new Set(ICON_KEYS);
  expect(componentTypes.componentTypes.filter((t) => !known.has(t.icon)).map((t) => `${t.id}: ${t.icon}`)).toEqual([]);
});

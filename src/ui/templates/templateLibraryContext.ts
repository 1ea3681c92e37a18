/**
 * The shipped reference architectures, handed to the UI by the composition root
 * (`src/main.tsx`): the browser fetches them on demand, tests may bundle them.
 */
import { createContext, useContext } from 'react';
import type { TemplateLibrary } from '../../domain/ports';

export const TemplateLibraryContext = createContext<TemplateLibrary | null>(null);

export function useTemplateLibrary(): TemplateLibrary {
  const library = useContext(TemplateLibraryContext);
  if (!library) throw new Error('No template library: render inside TemplateLibraryContext.Provider.');
  return library;
}

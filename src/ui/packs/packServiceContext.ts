/** Installed packs, handed to the UI by the composition root (`src/main.tsx`); null in tests without it. */
import { createContext, useContext } from 'react';
import type { PackService } from '../../domain/packs/installedPacks';

export const PackServiceContext = createContext<PackService | null>(null);

export function usePackService(): PackService | null {
  return useContext(PackServiceContext);
}

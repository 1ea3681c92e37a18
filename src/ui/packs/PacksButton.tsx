import { Suspense, useState } from 'react';
import { usePackService } from './packServiceContext';
import { PacksDialog } from '../lazyViews';

/** Top-bar entry "Packs…": install, list and remove organisation packs. */
export function PacksButton() {
  const service = usePackService();
  const [open, setOpen] = useState(false);
  if (!service) return null;
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        data-testid="open-packs"
        title="Install your organisation's controls and crosswalks"
      >
        Packs…
      </button>
      {open && (
        <Suspense fallback={null}>
          <PacksDialog service={service} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}

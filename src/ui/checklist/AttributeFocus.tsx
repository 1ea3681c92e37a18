import { useEffect } from 'react';
import { useWorkbench } from '../../store/hooks';

const MAX_FRAMES = 20;

/**
 * Completes "go to the attribute" from a needs-input item: once the inspector shows the
 * selected component, focuses the field whose wrapper carries `data-attribute`, scrolls it
 * into view and marks it briefly. The inspector only has to render that attribute; the store
 * carries the request (`focusAttribute`), so neither view imports the other.
 */
export function AttributeFocus() {
  const target = useWorkbench((s) => s.focusAttribute);
  const sidePanel = useWorkbench((s) => s.sidePanel);
  const clear = useWorkbench((s) => s.clearFocusAttribute);
  const notify = useWorkbench((s) => s.notify);

  useEffect(() => {
    if (!target || sidePanel !== 'inspector') return;
    let frame = 0;
    let handle = 0;
    const attempt = () => {
      const wrapper = document.querySelector<HTMLElement>(
        `.inspector [data-attribute="${CSS.escape(target.attribute)}"]`,
      );
      const field = wrapper?.querySelector<HTMLElement>('select, input, textarea');
      if (wrapper && field) {
        // 'nearest': centring would also scroll the app's own (overflow-hidden) containers.
        wrapper.scrollIntoView({ block: 'nearest' });
        field.focus();
        wrapper.classList.add('attention');
        setTimeout(() => wrapper.classList.remove('attention'), 2500);
        clear();
        return;
      }
      // The inspector renders after the selection changes; wait a few frames for it.
      if (++frame < MAX_FRAMES) handle = requestAnimationFrame(attempt);
      else {
        clear();
        notify({
          kind: 'error',
          text: `The field “${target.attribute}” could not be shown in the inspector; set it on the selected item.`,
        });
      }
    };
    handle = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(handle);
  }, [target, sidePanel, clear, notify]);

  return null;
}

import { Fragment } from 'react';
import { EditorDialog } from '../canvas/EditorDialog';
import { SHORTCUT_GROUPS } from './shortcutList';

/** The list of keyboard shortcuts, opened with `?`. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <EditorDialog title="Keyboard shortcuts" onClose={onClose} className="shortcuts-dialog" testId="shortcuts-dialog">
      <div className="shortcut-groups">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.title}>
            <h3>{group.title}</h3>
            <dl className="shortcut-list">
              {group.items.map((item) => (
                <Fragment key={item.action}>
                  <dt>
                    {item.keys.map((combo, i) => (
                      <Fragment key={combo.join('+')}>
                        {i > 0 && <span className="shortcut-or"> or </span>}
                        {combo.map((k, j) => (
                          <Fragment key={k}>
                            {j > 0 && '+'}
                            <kbd>{k}</kbd>
                          </Fragment>
                        ))}
                      </Fragment>
                    ))}
                  </dt>
                  <dd>{item.action}</dd>
                </Fragment>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <p className="field-help">On a Mac, use ⌘ for Ctrl.</p>
      <div className="dialog-actions">
        <button type="button" className="primary" data-autofocus onClick={onClose}>
          Close
        </button>
      </div>
    </EditorDialog>
  );
}

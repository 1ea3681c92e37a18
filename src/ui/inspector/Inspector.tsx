import { Suspense } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useWorkbench } from '../../store/hooks';
import { ScopeForm } from './ScopeForm';
import { own } from '../../domain/model/ownEntry';
import { plural } from '../../domain/text/plural';
// What a selection shows loads with the first selection (lazyViews.ts): a first visit selects nothing.
import { ComponentInspector, ConnectionInspector } from '../lazyViews';

function Loading() {
  return (
    <p className="empty-note" role="status">
      Loading the inspector…
    </p>
  );
}

/** What the side panel's inspector shows: the selected components, a connection, or the platform scope. */
export function Inspector() {
  // Primitives only, so the panel re-renders when what it shows changes, not on every edit.
  const { components, connectionCount, connection } = useWorkbench(
    useShallow((s) => {
      const connections = s.selection.connections.filter((id) => own(s.document.connections, id));
      return {
        components: s.selection.components.filter((id) => own(s.document.components, id)).length,
        connectionCount: connections.length,
        connection: connections[0],
      };
    }),
  );
  if (components > 0) {
    return (
      <Suspense fallback={<Loading />}>
        <ComponentInspector />
      </Suspense>
    );
  }
  if (connectionCount === 1 && connection) {
    return (
      <Suspense fallback={<Loading />}>
        <ConnectionInspector key={connection} connectionId={connection} />
      </Suspense>
    );
  }
  if (connectionCount > 1) {
    return (
      <div className="inspector" aria-label="Inspector">
        <p className="inspector-type">{plural(connectionCount, 'connection')} selected</p>
        <p className="empty-note">
          Select a single connection to edit its kind and attributes, or press Delete to remove these.
        </p>
      </div>
    );
  }
  return <ScopeForm />;
}

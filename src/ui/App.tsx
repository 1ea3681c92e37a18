import { ReactFlowProvider } from '@xyflow/react';
import { TopBar } from './TopBar';
import { Palette } from './palette/Palette';
import { ArchitectureCanvas } from './canvas/ArchitectureCanvas';
import { Inspector } from './inspector/Inspector';
import { ChecklistPanel } from './checklist/ChecklistPanel';
import { AttributeFocus } from './checklist/AttributeFocus';
import { Dashboard } from './dashboard/Dashboard';
import { useWorkbench } from '../store/hooks';
import { Notice } from './shared/Notice';
import { StorageBanner } from './projects/StorageBanner';
import { StorageBridge } from './projects/StorageBridge';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { WorkshopView } from './workshop/WorkshopView';
import { WorkshopBroadcaster } from './workshop/WorkshopBroadcaster';
import { useHashRoute, WORKSHOP_HASH } from './workshop/useHashRoute';

export function App() {
  // Panel and view live in the store so the checklist and dashboard can lead to the inspector and back.
  const panel = useWorkbench((s) => s.sidePanel);
  const setPanel = useWorkbench((s) => s.showPanel);
  const mainView = useWorkbench((s) => s.mainView);
  const inWorkshop = useHashRoute() === WORKSHOP_HASH;
  return (
    <ReactFlowProvider>
      <Shortcuts />
      <StorageBridge />
      <AttributeFocus />
      <WorkshopBroadcaster />
      <div className="app">
        <TopBar />
        <StorageBanner />
        {inWorkshop ? <WorkshopView /> : (
        <main className="workspace">
          {mainView === 'dashboard' ? (
            <Dashboard />
          ) : (
            <>
              <Palette />
              <ArchitectureCanvas />
            </>
          )}
          <aside className="sidepanel" aria-label="Details">
            <div className="tabs" role="tablist">
              {(['inspector', 'checklist'] as const).map((p) => (
                <button
                  key={p}
                  type="button"
                  role="tab"
                  aria-selected={panel === p}
                  className={panel === p ? 'tab active' : 'tab'}
                  onClick={() => setPanel(p)}
                >
                  {p === 'inspector' ? 'Inspector' : 'Checklist'}
                </button>
              ))}
            </div>
            <div className="tab-body" role="tabpanel">
              {panel === 'inspector' ? <Inspector /> : <ChecklistPanel />}
            </div>
          </aside>
        </main>
        )}
        <Notice />
      </div>
    </ReactFlowProvider>
  );
}

function Shortcuts() {
  useKeyboardShortcuts();
  return null;
}

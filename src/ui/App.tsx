import { useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { TopBar } from './TopBar';
import { Palette } from './palette/Palette';
import { ArchitectureCanvas } from './canvas/ArchitectureCanvas';
import { Inspector } from './inspector/Inspector';
import { ChecklistPanel } from './checklist/ChecklistPanel';
import { Notice } from './shared/Notice';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';

type SidePanel = 'inspector' | 'checklist';

export function App() {
  const [panel, setPanel] = useState<SidePanel>('inspector');
  return (
    <ReactFlowProvider>
      <Shortcuts />
      <div className="app">
        <TopBar />
        <main className="workspace">
          <Palette />
          <ArchitectureCanvas />
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
        <Notice />
      </div>
    </ReactFlowProvider>
  );
}

function Shortcuts() {
  useKeyboardShortcuts();
  return null;
}

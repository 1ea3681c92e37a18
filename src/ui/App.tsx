import { Suspense, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { TopBar } from './TopBar';
import { Palette } from './palette/Palette';
import { ArchitectureCanvas } from './canvas/ArchitectureCanvas';
import { Inspector } from './inspector/Inspector';
import { useWorkbench } from '../store/hooks';
import { Notice } from './shared/Notice';
import { StorageBanner } from './projects/StorageBanner';
import { StorageBridge } from './projects/StorageBridge';
import { FileLaunchHandler } from './projects/FileLaunchHandler';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { PresenterFeed } from './workshop/PresenterFeed';
import { leaveWorkshopView, useHashRoute, WORKSHOP_HASH } from './workshop/useHashRoute';
import { ViewErrorBoundary } from './shared/ViewErrorBoundary';
import { welcomeWasDismissed } from './welcome/welcomeSeen';
import { useLive } from './live/liveContext';
import { useLiveView } from './live/useLiveView';
// Views a first visit does not show load on demand (lazyViews.ts), keeping the first download small.
import { AttributeFocus, ChecklistPanel, Dashboard, JoinDialog, WelcomeDialog, WorkshopView } from './lazyViews';

function Loading({ what }: { what: string }) {
  return (
    <p className="empty-note" role="status">
      Loading {what}…
    </p>
  );
}

export function App() {
  // Panel and view live in the store so the checklist and dashboard can lead to the inspector and back.
  const panel = useWorkbench((s) => s.sidePanel);
  const setPanel = useWorkbench((s) => s.showPanel);
  const mainView = useWorkbench((s) => s.mainView);
  const showView = useWorkbench((s) => s.showView);
  const select = useWorkbench((s) => s.select);
  const focusRequested = useWorkbench((s) => s.focusAttribute !== null);
  const backToModel = { label: 'Back to the model', onBack: () => showView('model') };
  const inWorkshop = useHashRoute() === WORKSHOP_HASH;
  const liveStatus = useLive().state.status;
  const invited = liveStatus === 'invited';
  useLiveView(inWorkshop);
  // Read once: a newcomer is greeted on the first load, never again once any choice is made.
  const [welcome, setWelcome] = useState(() => !welcomeWasDismissed());
  return (
    <ReactFlowProvider>
      <Shortcuts />
      <StorageBridge />
      <FileLaunchHandler />
      {/* "Go to the attribute" from the checklist: loads with the inspector of a selection (lazyViews.ts). */}
      {focusRequested && (
        <Suspense fallback={null}>
          <AttributeFocus />
        </Suspense>
      )}
      <PresenterFeed />
      <div className="app">
        <TopBar />
        <StorageBanner />
        {inWorkshop ? (
          <ViewErrorBoundary view="the workshop" back={{ label: 'Back to the model', onBack: leaveWorkshopView }}>
            <Suspense fallback={<Loading what="the workshop" />}>
              <WorkshopView />
            </Suspense>
          </ViewErrorBoundary>
        ) : (
          <main className="workspace">
            {mainView === 'dashboard' ? (
              <ViewErrorBoundary view="the dashboard" back={backToModel}>
                <Suspense fallback={<Loading what="the dashboard" />}>
                  <Dashboard />
                </Suspense>
              </ViewErrorBoundary>
            ) : (
              <ViewErrorBoundary
                view="the model canvas"
                back={{ label: 'Open the dashboard', onBack: () => showView('dashboard') }}
              >
                <Palette />
                <ArchitectureCanvas />
              </ViewErrorBoundary>
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
                {/* Keeps the heading outline h1 > h2 > h3 (axe heading-order): the panels' sections are h3. */}
                <h2 className="visually-hidden">{panel === 'inspector' ? 'Inspector' : 'Checklist'}</h2>
                {panel === 'inspector' ? (
                  <ViewErrorBoundary
                    view="the inspector"
                    back={{ label: 'Clear the selection', onBack: () => select({ components: [], connections: [] }) }}
                  >
                    <Inspector />
                  </ViewErrorBoundary>
                ) : (
                  <ViewErrorBoundary
                    view="the checklist"
                    back={{ label: 'Back to the inspector', onBack: () => setPanel('inspector') }}
                  >
                    <Suspense fallback={<Loading what="the checklist" />}>
                      <ChecklistPanel />
                    </Suspense>
                  </ViewErrorBoundary>
                )}
              </div>
            </aside>
          </main>
        )}
        <Notice />
        {/* Only a join link, or joining and its failure, can show the dialog. */}
        {(invited || liveStatus === 'connecting' || liveStatus === 'error') && (
          <Suspense fallback={null}>
            <JoinDialog />
          </Suspense>
        )}
        {welcome && !inWorkshop && !invited && (
          <Suspense fallback={null}>
            <WelcomeDialog onClose={() => setWelcome(false)} />
          </Suspense>
        )}
      </div>
    </ReactFlowProvider>
  );
}

function Shortcuts() {
  useKeyboardShortcuts();
  return null;
}

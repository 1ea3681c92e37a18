import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './ui/styles.css';
import { App } from './ui/App';
import { WorkbenchContext } from './store/hooks';
import { bootstrap } from './app/bootstrap';
import { AttachmentContext } from './ui/checklist/attachmentContext';
import { TemplateLibraryContext } from './ui/templates/templateLibraryContext';
import { presenterProjectId } from './ui/workshop/openPresenter';
import { registerServiceWorker } from './app/pwa/registerServiceWorker';
import { PackServiceContext } from './ui/packs/packServiceContext';
import { LiveContext } from './ui/live/liveContext';
import { createLiveOnDemand } from './app/live/liveOnDemand';
import { loadPresenterApp } from './ui/lazyViews';

const root = createRoot(document.getElementById('root')!);

// The presenter window (workshop mode) never opens the database: it only listens to the
// facilitator's window, so it cannot disturb autosave or the one-writer-per-project policy.
const presenterId = presenterProjectId(window.location.search);

if (presenterId) {
  // Loaded only in presenter windows, so the workbench's first visit does not carry it.
  void loadPresenterApp().then(({ PresenterApp }) =>
    root.render(
      <StrictMode>
        <PresenterApp projectId={presenterId} />
      </StrictMode>,
    ),
  );
} else {
  bootstrap()
    .then(({ store, attachments, templates, packs }) => {
      // Offline after the first visit (src/app/pwa); a newer build taking over says so.
      registerServiceWorker(() =>
        store.getState().notify({
          kind: 'info',
          text: 'A new version of the workbench is installed. Reload to use it.',
          action: { label: 'Reload', run: () => window.location.reload() },
        }),
      );
      root.render(
        <StrictMode>
          <WorkbenchContext.Provider value={store}>
            <AttachmentContext.Provider value={attachments}>
              <TemplateLibraryContext.Provider value={templates}>
                <PackServiceContext.Provider value={packs}>
                  <LiveContext.Provider value={createLiveOnDemand(store)}>
                    <App />
                  </LiveContext.Provider>
                </PackServiceContext.Provider>
              </TemplateLibraryContext.Provider>
            </AttachmentContext.Provider>
          </WorkbenchContext.Provider>
        </StrictMode>,
      );
    })
    .catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      root.render(
        <div className="boot-error" role="alert">
          <h1>The workbench could not start</h1>
          <p>{message}</p>
          <p>Your stored projects have not been changed.</p>
        </div>,
      );
    });
}

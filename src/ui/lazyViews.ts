/**
 * Every piece of the app that loads on demand, in one place: the UI's feature boundaries.
 * A first visit loads the editor (canvas, palette, inspector, the editor dialogs), storage and
 * the store; each feature below downloads the first time it is opened. Nothing else in src/
 * uses `React.lazy` or `import()` but these exceptions, each named in its file:
 * - src/main.tsx: the presenter window's app (`loadPresenterApp` here; a presenter window
 *   never loads the workbench and the other way round);
 * - src/app/bootstrap.ts: the evidence-file store, with the checklist that alone uses it;
 * - src/app/workspace/workspace.ts: the project library (projects and snapshots, import,
 *   backups), the use-cases behind the Projects and Snapshots dialogs below;
 * - src/app/packService.ts: reading pack files with the YAML parser (installedPackReading.ts),
 *   only when a pack is installed or chosen;
 * - src/app/live/liveOnDemand.ts: the live session with its engine (Yjs, Hocuspocus), when a
 *   session starts or a reloaded tab rejoins one;
 * - src/report/renderPdf.ts: pdfmake and its fonts, inside the PDF worker.
 *
 * Each feature is one chunk (or, for export, the report chunk and the PDF worker): the groups
 * in vite.config.ts (`build.rolldownOptions.output.codeSplitting`) keep the modules a feature
 * shares with no other in its chunk. e2e/first-visit-budget.spec.ts checks the first visit's
 * total and that none of the heavy modules is in it.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as React.lazy's own bound: props are checked where the view is used
type AnyComponent = ComponentType<any>;

/** A named export of a module as a lazy component. */
function view<M extends { [key in K]: AnyComponent }, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}

// Checklist: the assessment side panel.
export const ChecklistPanel = view(() => import('./checklist/ChecklistPanel'), 'ChecklistPanel');

// Dashboard.
export const Dashboard = view(() => import('./dashboard/Dashboard'), 'Dashboard');

// Workshop, with what feeds and shows presenter windows.
export const WorkshopView = view(() => import('./workshop/WorkshopView'), 'WorkshopView');
export const WorkshopBroadcaster = view(() => import('./workshop/WorkshopBroadcaster'), 'WorkshopBroadcaster');
export const loadPresenterApp = () => import('./workshop/PresenterApp');

// Projects and snapshots: the dialogs, and opening files the installed app was launched with.
export const ProjectsDialog = view(() => import('./projects/ProjectsDialog'), 'ProjectsDialog');
export const SnapshotsDialog = view(() => import('./projects/SnapshotsDialog'), 'SnapshotsDialog');
export const loadLaunchedFiles = () => import('./projects/openLaunchedFiles');

// Export: the menu's popup, the report model with its renderers (PDF in a worker), other tools' formats.
export const ExportPopup = view(() => import('./report/ExportMenuBody'), 'ExportPopup');
export const ExportProgress = view(() => import('./report/ExportMenuBody'), 'ExportProgress');
export const InterchangeExportDialog = view(
  () => import('./report/InterchangeExportDialog'),
  'InterchangeExportDialog',
);
export const loadReportExport = () => import('./report/exportReport');
export const loadExportRun = () => import('./report/runExport');
export const loadInterchangeExport = () => import('./report/exportInterchange');

// Editor dialogs (connect, component list, shortcuts, templates) and the component context menu, on first open.
export const EditorDialogs = view(() => import('./canvas/EditorDialogs'), 'EditorDialogs');
export const NodeContextMenu = view(() => import('./canvas/NodeContextMenu'), 'NodeContextMenu');

// The inspector of a selection (a first visit selects nothing; the scope form stays in the first download).
export const ComponentInspector = view(() => import('./inspector/ComponentInspector'), 'ComponentInspector');
export const ConnectionInspector = view(() => import('./inspector/ConnectionInspector'), 'ConnectionInspector');
// Focusing the attribute a checklist item needs, once the inspector shows it.
export const AttributeFocus = view(() => import('./checklist/AttributeFocus'), 'AttributeFocus');

// The newcomer's welcome (once per browser), with the editor dialogs: it opens templates and files as they do.
export const WelcomeDialog = view(() => import('./welcome/WelcomeDialog'), 'WelcomeDialog');

// Auto-layout (dagre).
export const loadAutoLayout = () => import('./canvas/autoLayout');

// Image export (html-to-image).
export const loadImageExport = () => import('./canvas/exportImage');

// Configuration import: the parsers (fast-xml-parser among them) come with the dialog.
export const ImportConfigDialog = view(() => import('./import/ImportConfigDialog'), 'ImportConfigDialog');
// Walking the folders of a drop of files (the entries are read while the drop lasts).
export const loadDropWalker = () => import('./import/dropWalker');

// Live collaboration: the others' pointers and selections on the canvas, the join dialog of a join link.
export const LivePresenceLayer = view(() => import('./live/LivePresenceLayer'), 'LivePresenceLayer');
export const JoinDialog = view(() => import('./live/JoinDialog'), 'JoinDialog');

// Scan results (OpenSCAP, STIG checklists, Lynis) as evidence: the dialog with its parsers, from the checklist.
export const ImportScanDialog = view(() => import('./scans/ImportScanDialog'), 'ImportScanDialog');

// Packs: the install, list and remove dialog.
export const PacksDialog = view(() => import('./packs/PacksDialog'), 'PacksDialog');

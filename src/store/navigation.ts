/**
 * Store slice for where the user is in the app (never saved with the project; kept per
 * project in this browser by src/app/viewStateSession.ts): the main view (model canvas or
 * dashboard) and the side panel's tab (inspector or checklist). The assessment workflow's own
 * view state (filter, drafts, the field to focus) is assessmentView.ts, which navigates
 * through this slice when the checklist, dashboard and inspector lead to one another.
 */
import type { StoreApi } from 'zustand/vanilla';

export type SidePanel = 'inspector' | 'checklist';
export type MainView = 'model' | 'dashboard';

export interface NavigationState {
  sidePanel: SidePanel;
  mainView: MainView;
}

export interface NavigationActions {
  showPanel(panel: SidePanel): void;
  showView(view: MainView): void;
}

export const INITIAL_NAVIGATION: NavigationState = { sidePanel: 'inspector', mainView: 'model' };

/** Creates the slice; `set` is the enclosing store's. */
export function createNavigationSlice<S extends NavigationState>(
  set: StoreApi<S>['setState'],
): NavigationState & NavigationActions {
  const patchState = (partial: Partial<NavigationState>) => set(partial as Partial<S>);
  return {
    ...INITIAL_NAVIGATION,
    showPanel(sidePanel) {
      patchState({ sidePanel });
    },
    showView(mainView) {
      patchState({ mainView });
    },
  };
}

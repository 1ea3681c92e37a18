/**
 * One view's failure stays in that view: a render error (or a chunk the server can no longer
 * deliver) shows what failed and a way back, never a blank app. The project is not touched:
 * the store and autosave live outside every view, so nothing stored changes.
 */
import { Component, type ReactNode } from 'react';

interface Props {
  /** The view, as the message names it ("the dashboard"). */
  view: string;
  children: ReactNode;
  /** A way out of the view (e.g. back to the model); "Try again" is always offered. */
  back?: { label: string; onBack(): void };
  /** Shown as an overlay (for dialogs), not in the view's place. */
  floating?: boolean;
}

interface State {
  error: Error | null;
  attempt: number;
}

export class ViewErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private retry = () => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));

  override render() {
    const { error, attempt } = this.state;
    const { view, back, floating } = this.props;
    if (!error) return <ViewKey key={attempt}>{this.props.children}</ViewKey>;
    return (
      <div
        className={floating ? 'view-error floating' : 'view-error'}
        role="alert"
        data-testid="view-error"
        data-view={view}
      >
        <p>
          <strong>Something went wrong showing {view}.</strong> Your project is unchanged and still saved; the rest of
          the workbench keeps working.
        </p>
        {/* Text, never HTML; cut so a hostile message cannot fill the screen. */}
        <p className="field-help">Details: {error.message.slice(0, 300)}</p>
        <div className="view-error-actions">
          <button type="button" onClick={this.retry} data-testid="view-error-retry">
            Try again
          </button>
          {back && (
            <button
              type="button"
              onClick={() => {
                this.retry();
                back.onBack();
              }}
              data-testid="view-error-back"
            >
              {back.label}
            </button>
          )}
        </div>
      </div>
    );
  }
}

/** Remounts the children on "Try again" (a fresh subtree, not the one that threw). */
function ViewKey({ children }: { children: ReactNode }) {
  return <>{children}</>;
}

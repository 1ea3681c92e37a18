import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ViewErrorBoundary } from './ViewErrorBoundary';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

let failing = true;
function Flaky() {
  if (failing) throw new TypeError("Cannot read properties of undefined (reading 'toString')");
  return <p>dashboard content</p>;
}

describe('ViewErrorBoundary', () => {
  it('a throwing view shows the error with a way back instead of a blank app; siblings keep rendering', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error.
    failing = true;
    const onBack = vi.fn();
    render(
      <>
        <p>top bar</p>
        <ViewErrorBoundary view="the dashboard" back={{ label: 'Back to the model', onBack }}>
          <Flaky />
        </ViewErrorBoundary>
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Something went wrong showing the dashboard');
    expect(alert.textContent).toContain("reading 'toString'");
    expect(screen.getByText('top bar')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back to the model' }));
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('"Try again" renders the view afresh once the cause is gone', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    failing = true;
    render(
      <ViewErrorBoundary view="the checklist">
        <Flaky />
      </ViewErrorBoundary>,
    );
    expect(screen.getByTestId('view-error')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByTestId('view-error')).toBeTruthy(); // Still failing: the message stays.
    failing = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.queryByTestId('view-error')).toBeNull();
    expect(screen.getByText('dashboard content')).toBeTruthy();
  });

  it('renders its children untouched when nothing fails', () => {
    failing = false;
    render(
      <ViewErrorBoundary view="the model canvas">
        <Flaky />
      </ViewErrorBoundary>,
    );
    expect(screen.getByText('dashboard content')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

import { Component, type ReactNode } from 'react';
import { ErrorState } from '../ui/ErrorState';

interface State {
  error: Error | null;
}

/** The last line of defence against a blank screen: a render error is shown, and the page can be reloaded. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="app-error">
        <ErrorState title="Breachline hit an error" message={this.state.error.message} />
        <button type="button" onClick={() => location.reload()}>
          Reload
        </button>
      </main>
    );
  }
}

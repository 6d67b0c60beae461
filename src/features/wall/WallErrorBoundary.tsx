import { Component, type ReactNode } from 'react';

interface Props {
  /** The feed revision: a new one gives the view another try. */
  resetKey: string | null;
  children: ReactNode;
}

interface State {
  error: Error | null;
  key: string | null;
}

/**
 * A view that throws on a wall must not take the clock, the banner and the watchdog down with it (the app's own
 * boundary would): this one says so in place and retries with the next refresh.
 */
export class WallErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <p role="alert" className="wall-view-failed">
        <span aria-hidden="true">⚠ </span>This view could not be drawn; it will be tried again with the next refresh.
      </p>
    );
  }
}

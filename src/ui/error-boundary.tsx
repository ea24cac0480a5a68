// Catches a render crash below it (a panel, a part loaded on demand), so one failure leaves the
// rest of the page working. Retry remounts what it wraps.
import { Component, type ReactNode } from 'react';

interface Props {
  fallback: (retry: () => void) => ReactNode;
  children: ReactNode;
  /** Named in the console message. */
  what?: string;
}

export class ErrorBoundary extends Component<Props, { hasError: boolean }> {
  override state = { hasError: false };

  static getDerivedStateFromError() {
    return { hasError: true };
  }

  override componentDidCatch(error: unknown) {
    console.error(`${this.props.what ?? 'Panel'} crashed`, error);
  }

  override render() {
    if (this.state.hasError) return this.props.fallback(() => this.setState({ hasError: false }));
    return this.props.children;
  }
}

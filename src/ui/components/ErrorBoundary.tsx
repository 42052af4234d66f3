import { Component, type ErrorInfo, type ReactNode } from 'react';
import { errorMessage } from '../../core/errors';

interface Props {
  /** What to show instead of the children once one of them has thrown while rendering. */
  fallback: (error: string, retry: () => void) => ReactNode;
  children: ReactNode;
}

/** Keeps a render error inside the part that threw: the rest of the app stays usable. */
export class ErrorBoundary extends Component<Props, { error: string | null }> {
  override state = { error: null as string | null };

  static getDerivedStateFromError(error: unknown): { error: string } {
    return { error: errorMessage(error) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.warn('A part of NER Studio failed to render:', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error === null ? this.props.children : this.props.fallback(this.state.error, () => this.setState({ error: null }));
  }
}

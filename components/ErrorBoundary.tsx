import { Component, type ComponentChildren } from 'preact';

interface Props {
  /** What to say when the part below could not be shown; the error's own message follows it. */
  what: string;
  /** A row's boundary renders inside the row's element (`class`, `role` and positioning come from the caller). */
  fallback?: (message: string) => ComponentChildren;
  children: ComponentChildren;
}

/**
 * Catches a rendering error below it and shows a readable message in its place: one record that cannot be shown
 * leaves the other rows (and the rest of the page) standing, instead of a blank popup.
 */
export class ErrorBoundary extends Component<Props, { error: string | null }> {
  override state = { error: null as string | null };

  static override getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown) {
    console.error(`[paper-shelf] ${this.props.what}`, error);
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (this.props.fallback) return this.props.fallback(error);
    return (
      <p class="render-error" role="alert">
        {this.props.what}: {error}. Your library is unchanged; reload the page to try again.
      </p>
    );
  }
}

import type { ReactNode } from 'react';

import { describeProblem } from '../lib/errors.js';

export const stateStrings = {
  loading: 'Loading…',
  retry: 'Try again',
  errorTitle: 'This could not be loaded',
};

/** A polite spinner; screen readers hear the label once. */
export function Loading({ label = stateStrings.loading }: { label?: string }) {
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

/** Nothing to show, said plainly, with an optional way forward. */
export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <span className="state-icon" aria-hidden="true">
        ⚀
      </span>
      <p className="state-title">{title}</p>
      {children}
    </div>
  );
}

/** A failed load in words, with a retry. */
export function ErrorState({
  error,
  onRetry,
  title = stateStrings.errorTitle,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  return (
    <div className="state state-error" role="alert">
      <span className="state-icon" aria-hidden="true">
        ⚠
      </span>
      <p className="state-title">{title}</p>
      <p>{describeProblem(error)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {stateStrings.retry}
        </button>
      )}
    </div>
  );
}

interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  refetch: () => unknown;
}

/**
 * The three states of a query in one place: loading, error (with retry), then the data;
 * `isEmpty` picks the empty state.
 */
export function QueryView<T>({
  query,
  children,
  isEmpty,
  empty,
  loadingLabel,
}: {
  query: QueryLike<T>;
  children: (data: T) => ReactNode;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  loadingLabel?: string;
}) {
  if (query.isPending) {
    return <Loading {...(loadingLabel ? { label: loadingLabel } : {})} />;
  }
  if (query.isError || query.data === undefined) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (isEmpty?.(query.data)) {
    return <>{empty}</>;
  }
  return <>{children(query.data)}</>;
}

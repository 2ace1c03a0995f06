// Loading, error and empty states, shown where the view would be.
import type { ReactNode } from 'react';

interface StatusPanelProps {
  readonly tone: 'loading' | 'error' | 'empty';
  readonly title: string;
  readonly children?: ReactNode;
}

export function StatusPanel({ tone, title, children }: StatusPanelProps) {
  return (
    <section
      className={`status-panel status-panel--${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      aria-busy={tone === 'loading' || undefined}
    >
      <h2 className="status-panel__title">{title}</h2>
      {children}
    </section>
  );
}

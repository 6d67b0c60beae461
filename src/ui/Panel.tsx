import type { ReactNode } from 'react';

interface PanelProps {
  title: string;
  /** Heading level: 2 for a view's main panels, 3 inside them. */
  level?: 2 | 3;
  actions?: ReactNode;
  children: ReactNode;
}

export function Panel({ title, level = 2, actions, children }: PanelProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="panel" aria-label={title}>
      <header className="panel-header">
        <Heading>{title}</Heading>
        {actions}
      </header>
      {children}
    </section>
  );
}

import type { ReactNode } from 'react';

/** What a view will show once there is something to show; never placeholder data. */
export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="empty">
      <h2>{title}</h2>
      <div className="empty__body">{children}</div>
    </section>
  );
}

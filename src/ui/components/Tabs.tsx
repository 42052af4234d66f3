import { VIEWS, hashForView, type ViewId } from '../../store/views';

export function Tabs({ current }: { current: ViewId }) {
  return (
    <nav className="tabs" aria-label="Views">
      {VIEWS.map((view) => (
        <a
          key={view.id}
          href={hashForView(view.id)}
          className={view.id === current ? 'tab tab--active' : 'tab'}
          aria-current={view.id === current ? 'page' : undefined}
        >
          {view.title}
        </a>
      ))}
    </nav>
  );
}

import { useEffect, useState } from 'react';
import { viewFromHash, type ViewId } from '../store/views';

/** The current view, kept in the URL hash so reloads and links land on the same view. */
export function useHashView(): ViewId {
  const [view, setView] = useState(() => viewFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setView(viewFromHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return view;
}

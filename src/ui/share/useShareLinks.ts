import { useEffect } from 'react';
import { openShareLink } from '../../store/shareLink';

/** A share link pasted into the address bar of an open tab changes only the fragment: open it too. */
export function useShareLinks(): void {
  useEffect(() => {
    const onChange = () => void openShareLink(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
}

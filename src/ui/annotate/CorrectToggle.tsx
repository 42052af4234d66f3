import { useEffect } from 'react';
import { useAnnotationStore } from '../../store/annotationStore';

/** Where typing goes, the C key is a letter, not the toggle. */
function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** Correct mode on and off: the button, and the C key anywhere outside a text field. */
export function CorrectToggle({ available }: { available: boolean }) {
  const correcting = useAnnotationStore((state) => state.correcting);
  const setCorrecting = useAnnotationStore((state) => state.setCorrecting);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key.toLowerCase() !== 'c' || event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target)) return;
      if (!available && !correcting) return;
      event.preventDefault();
      setCorrecting(!useAnnotationStore.getState().correcting);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [available, correcting, setCorrecting]);

  return (
    <div className="correct-toggle">
      <button type="button" aria-pressed={correcting} aria-keyshortcuts="C" disabled={!available && !correcting} onClick={() => setCorrecting(!correcting)} data-testid="correct-toggle">
        {correcting ? 'Done correcting' : 'Correct the highlights'} <kbd>C</kbd>
      </button>
    </div>
  );
}

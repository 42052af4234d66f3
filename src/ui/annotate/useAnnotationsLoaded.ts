import { useEffect } from 'react';
import { useAnnotationStore } from '../../store/annotationStore';

/** Reads the stored annotations once, the first time the Analyze view shows. */
export function useAnnotationsLoaded(): void {
  const loaded = useAnnotationStore((state) => state.loaded);
  const load = useAnnotationStore((state) => state.load);
  useEffect(() => {
    if (!loaded) void load();
  }, [loaded, load]);
}

import { useState, type DragEvent } from 'react';
import { readDroppedText } from './droppedText';

/** Drag-and-drop of a .txt, .md or .html file: the file's text and whether it is HTML go to `onText`. */
export function useTextDrop(onText: (text: string, isHtml: boolean) => void, onError: (message: string) => void) {
  const [over, setOver] = useState(false);
  return {
    over,
    handlers: {
      onDragOver(event: DragEvent) {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setOver(true);
      },
      onDragLeave() {
        setOver(false);
      },
      async onDrop(event: DragEvent) {
        const file = event.dataTransfer.files[0];
        if (!file) return;
        event.preventDefault();
        setOver(false);
        const dropped = await readDroppedText(file);
        if (dropped.ok) onText(dropped.text, dropped.isHtml);
        else onError(dropped.message);
      },
    },
  };
}

/** A gate a training loop awaits between steps: open, it passes at once; closed, it waits. */
export function createPauseGate() {
  let opened: (() => void) | null = null;
  let closed: Promise<void> | null = null;
  return {
    pause() {
      if (!closed) closed = new Promise((resolve) => (opened = resolve));
    },
    resume() {
      opened?.();
      opened = null;
      closed = null;
    },
    wait: (): Promise<void> => closed ?? Promise.resolve(),
    get paused() {
      return closed !== null;
    },
  };
}

/** Calls `callback` at most once per `intervalMs`, always letting the final event through. */
export function throttle<T>(callback: (value: T) => void, intervalMs: number): (value: T, final?: boolean) => void {
  let last = -Infinity;
  return (value, final = false) => {
    const now = performance.now();
    if (!final && now - last < intervalMs) return;
    last = now;
    callback(value);
  };
}

import { useEngineStore } from '../../store/engineStore';

/** Which tfjs backend the engine runs on, and why it fell back when it did. */
export function BackendBadge() {
  const { status, info, error } = useEngineStore();
  if (status === 'failed') {
    return <span className="backend backend--failed" role="status" title={error ?? ''}>engine failed: {error}</span>;
  }
  if (!info) return <span className="backend" role="status">starting engine…</span>;
  const fallback = info.failures.map((f) => `${f.backend}: ${f.reason}`).join('\n');
  const detail = info.renderer ? `${info.renderer}${info.softwareRendered ? ' (software rendering)' : ''}` : '';
  return (
    <span className="backend" role="status" title={[detail, fallback].filter(Boolean).join('\n')}>
      tfjs <strong data-testid="backend-name">{info.backend}</strong>
      {info.softwareRendered && <span className="backend__note"> · software GPU</span>}
      {info.failures.length > 0 && (
        <span className="backend__note" data-testid="backend-fallback"> · fell back: {fallback}</span>
      )}
    </span>
  );
}

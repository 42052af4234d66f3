import { useEngineStore } from '../../store/engineStore';
import { backendWords } from './backendWords';

/** What the engine runs on, in words, and why when it is not the GPU; the technical detail is in the tooltip. */
export function BackendBadge() {
  const { status, info, error } = useEngineStore();
  if (status === 'failed') {
    return <span className="backend backend--failed" role="status" title={error ?? ''}>engine failed: {error}</span>;
  }
  if (!info) return <span className="backend" role="status">starting engine…</span>;
  const words = backendWords(info);
  const fallback = info.failures.map((f) => `${f.backend}: ${f.reason}`).join('\n');
  const detail = [`TensorFlow.js ${info.tfjsVersion} on ${info.backend}`, info.renderer && `renderer: ${info.renderer}`, fallback].filter(Boolean).join('\n');
  return (
    <span className="backend" role="status" title={detail}>
      Runs on the {words.runsOn} <span className="backend__note">· tfjs <code data-testid="backend-name">{info.backend}</code></span>
      {words.why && (
        <span className="backend__note" data-testid={info.failures.length > 0 ? 'backend-fallback' : 'backend-note'}> · {words.why}</span>
      )}
    </span>
  );
}

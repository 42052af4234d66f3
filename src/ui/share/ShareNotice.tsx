import { useShareStore } from '../../store/shareStore';

/** What happened to the share link the page was opened with, when there is something to say. */
export function ShareNotice() {
  const notice = useShareStore((state) => state.notice);
  const dismiss = useShareStore((state) => state.dismiss);
  if (!notice) return null;
  return (
    <div className={notice.kind === 'error' ? 'share-notice notice notice--error' : 'share-notice notice'} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="share-notice" data-kind={notice.kind}>
      <span>{notice.message}</span>
      <button type="button" onClick={dismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}

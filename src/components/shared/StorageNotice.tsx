import { useSyncExternalStore } from 'react';
import { progressStore, type StorageNotice as Notice } from '../../lib/progress';
import { ui } from '../../lib/i18n';
import { withBase } from '../../lib/url';

const messages: Record<Notice['kind'], string> = {
  unavailable: ui.storage.unavailable,
  full: ui.storage.full,
  recovered: ui.storage.recovered,
  'newer-version': ui.storage.newerVersion,
};

/** Tells the person, in words, when their progress is not being saved or was reset. */
export function StorageNotice({ showLink = true }: { showLink?: boolean }) {
  const notice = useSyncExternalStore(
    (listener) => progressStore().subscribe(listener),
    () => progressStore().notice()?.kind,
    () => undefined,
  );
  if (!notice) return null;
  return (
    <div className="storage-notice" role="status">
      <p>
        <strong>{ui.storage.noticeLabel}</strong>
        {messages[notice]}{' '}
        {showLink && notice !== 'recovered' && notice !== 'newer-version' && <a href={withBase('/progress/')}>{ui.storage.exportLink}</a>}
      </p>
    </div>
  );
}

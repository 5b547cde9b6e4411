import { useSyncExternalStore } from 'react';
import { progressStore, type StorageNotice as Notice } from '../../lib/progress';
import { ui } from '../../lib/i18n';
import { withBase } from '../../lib/url';

function message(notice: Notice): string {
  switch (notice.kind) {
    case 'recovered':
      return notice.lost === 'all' ? ui.storage.recoveredAll : ui.storage.recoveredSome(notice.lost);
    case 'untouched':
      return ui.storage.untouched;
    case 'newer-version':
      return ui.storage.newerVersion;
    default:
      return ui.storage[notice.kind];
  }
}

/** Tells the person, in words, when their progress is not being saved, was partly unreadable, or was left alone. */
export function StorageNotice({ showLink = true }: { showLink?: boolean }) {
  const notice = useSyncExternalStore(
    (listener) => progressStore().subscribe(listener),
    () => progressStore().notice(),
    () => undefined,
  );
  if (!notice) return null;
  return (
    <div className="storage-notice" role="status">
      <p>
        <strong>{ui.storage.noticeLabel}</strong>
        {message(notice)} {showLink && <a href={withBase('/progress/')}>{ui.storage.exportLink}</a>}
      </p>
    </div>
  );
}

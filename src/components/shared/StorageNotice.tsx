import { lazy, Suspense, useSyncExternalStore } from 'react';
import { progressStore } from '../../lib/progress';

/**
 * Its words, in both languages, load only when there is a notice: nearly every visit has none, and
 * every exercise and My progress would otherwise carry them (about 1.3 KB compressed).
 */
const StorageNoticeText = lazy(() => import('./StorageNoticeText'));

/**
 * Tells the person, in words, when their progress is not being saved, was partly unreadable, or was
 * left alone. The status region appears first and its words fill it once loaded, so screen readers
 * announce them as a change.
 */
export function StorageNotice({ showLink = true }: { showLink?: boolean }) {
  const notice = useSyncExternalStore(
    (listener) => progressStore().subscribe(listener),
    () => progressStore().notice(),
    () => undefined,
  );
  if (!notice) return null;
  return (
    <div className="storage-notice" role="status">
      <Suspense fallback={null}>
        <StorageNoticeText notice={notice} showLink={showLink} />
      </Suspense>
    </div>
  );
}

import { Component, lazy, Suspense, useSyncExternalStore, type ReactNode } from 'react';
import { progressStore } from '../../lib/progress';
import { ui } from '../../lib/i18n';
import { withBaseInEveryEdition } from '../../lib/url-every-edition';

/**
 * Its words, in both languages, load only when there is a notice: nearly every visit has none, and
 * every exercise and My progress would otherwise carry them (about 1.1 KB compressed).
 */
const StorageNoticeText = lazy(() => import('./StorageNoticeText'));

/**
 * Tells the person, in words, when their progress is not being saved, was partly unreadable, or was
 * left alone. The status region is there from the start, empty (and taking no room) until there is a
 * notice, so screen readers announce the words when they come.
 */
export function StorageNotice({ showLink = true }: { showLink?: boolean }) {
  const notice = useSyncExternalStore(
    (listener) => progressStore().subscribe(listener),
    () => progressStore().notice(),
    () => undefined,
  );
  return (
    <div className="storage-notice" role="status">
      {notice && (
        <ShortNoticeIfWordsFail showLink={showLink}>
          <Suspense fallback={null}>
            <StorageNoticeText notice={notice} showLink={showLink} />
          </Suspense>
        </ShortNoticeIfWordsFail>
      )}
    </div>
  );
}

/**
 * If the words cannot be loaded (the connection dropped, or a newer version of the site replaced their
 * file), a short notice in their place. Without it the failure would end the whole island: the person
 * would lose the exercise in front of them, or My progress its export.
 */
class ShortNoticeIfWordsFail extends Component<{ showLink: boolean; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <p>
        <strong>{ui.savingProblem.message}</strong>{' '}
        {this.props.showLink && <a href={withBaseInEveryEdition('/progress/')}>{ui.savingProblem.link}</a>}
      </p>
    );
  }
}

import type { StorageNotice as Notice } from '../../lib/progress';
import { ui } from '../../lib/i18n';
import { withBaseInEveryEdition } from '../../lib/url-every-edition';

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

/** The words of a storage notice (./StorageNotice.tsx), loaded only when there is one to show. */
export default function StorageNoticeText({ notice, showLink }: { notice: Notice; showLink: boolean }) {
  return (
    <p>
      <strong>{ui.storage.noticeLabel}</strong>
      {message(notice)} {showLink && <a href={withBaseInEveryEdition('/progress/')}>{ui.storage.exportLink}</a>}
    </p>
  );
}

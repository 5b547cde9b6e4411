import { useEffect, useState } from 'react';
import { ui } from '../../lib/i18n';
import { dateAndTime } from '../../lib/i18n/dates';
import { describeBackups, type BackupSummary } from '../../lib/progress/backup-summary';
import { localDate } from '../../lib/progress/transfer';
import { downloadText } from './ProgressTransfer';
import { store } from '../shared/use-progress';

/**
 * Copies of progress that could not be read (and the original itself, when no copy could be made):
 * each can be downloaded, restored from (what can still be read is merged in) or deleted. Shown only
 * when there is something to show.
 */
export function ProgressBackups({ enabled }: { enabled: boolean }) {
  const [summary, setSummary] = useState<BackupSummary>({ backups: [], untouched: undefined });
  const [message, setMessage] = useState('');

  useEffect(() => {
    const refresh = () => setSummary(describeBackups(store()));
    refresh();
    return store().subscribe(refresh);
  }, []);

  if (!summary.backups.length && !summary.untouched) return message ? <p role="status">{message}</p> : null;

  const download = (raw: string, at: Date) => downloadText(raw, ui.progress.backupFileName(localDate(at)));

  async function restore(key: string) {
    const result = await store().restoreBackup(key);
    setMessage(result.ok ? ui.progress.backupRestored(result.items) : ui.progress.backupNotRestored);
  }

  function remove(key: string) {
    setMessage(store().removeBackup(key) ? ui.progress.backupDeleted : ui.progress.backupNotDeleted);
  }

  return (
    <section aria-labelledby="backups-heading">
      <h2 id="backups-heading">{ui.progress.backupsHeading}</h2>
      <p>{ui.progress.backupsIntro}</p>
      {summary.untouched !== undefined && (
        <>
          <h3>{ui.progress.untouchedHeading}</h3>
          <p>
            <button type="button" className="button" onClick={() => download(summary.untouched!, new Date())}>
              {ui.progress.untouchedDownload}
            </button>
          </p>
        </>
      )}
      <ul className="backup-list">
        {summary.backups.map((backup) => (
          <li key={backup.key}>
            <h3>{ui.progress.backupMade(dateAndTime(backup.savedAt))}</h3>
            <p>{backup.newer ? ui.progress.backupNewer : ui.progress.backupItems(backup.items)}</p>
            <p className="button-row">
              <button type="button" className="button secondary" onClick={() => download(backup.raw, new Date(backup.savedAt))}>
                {ui.progress.backupDownload}
              </button>
              {backup.items > 0 && (
                <button type="button" className="button secondary" disabled={!enabled} onClick={() => void restore(backup.key)}>
                  {ui.progress.backupRestore}
                </button>
              )}
              <button type="button" className="button secondary" disabled={!enabled} onClick={() => remove(backup.key)}>
                {ui.progress.backupDelete}
              </button>
            </p>
          </li>
        ))}
      </ul>
      <p role="status" className="form-message">
        {message}
      </p>
    </section>
  );
}

/** What the backups section shows about each kept copy: when it was made and how much of it can be read. */
import type { Backup } from './backups';
import { interpret } from './reading';
import { countItems, type ProgressStore } from './store';

export interface BackupSummary {
  backups: (Backup & { items: number; newer: boolean })[];
  /** The unreadable original, when it is still in place because no copy could be made. */
  untouched: string | undefined;
}

export function describeBackups(store: Pick<ProgressStore, 'backups' | 'untouchedOriginal'>): BackupSummary {
  return {
    untouched: store.untouchedOriginal(),
    backups: store.backups().map((backup) => {
      const reading = interpret(backup.raw);
      return { ...backup, newer: reading.kind === 'newer', items: reading.kind === 'newer' ? 0 : countItems(reading.progress) };
    }),
  };
}

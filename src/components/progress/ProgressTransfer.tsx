import { useEffect, useRef, useState } from 'react';
import { mergeProgress } from '../../lib/progress/merge';
import {
  checkImportSize,
  exportFileName,
  exportSnapshot,
  parseImport,
  summarizeIgnored,
  type ImportResult,
  type KnownIds,
} from '../../lib/progress/transfer';
import { ui } from '../../lib/i18n';
import { dateAndTime } from '../../lib/i18n/dates';
import { store } from '../shared/use-progress';

type Pending = Extract<ImportResult, { ok: true }>;

/** Saves text as a file in the person's downloads (nothing leaves the device: a blob URL, revoked after). */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Export to a file; import from one with a preview, then merge or replace. A bad file changes nothing. */
export function ProgressTransfer({ known, enabled, importEnabled }: { known: KnownIds; enabled: boolean; importEnabled: boolean }) {
  const [pending, setPending] = useState<Pending>();
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);

  // Once a file is read, focus moves to its preview so a screen reader hears what it holds.
  useEffect(() => {
    if (pending) previewHeading.current?.focus();
  }, [pending]);

  function download() {
    const name = exportFileName();
    const { text, items, newerVersion } = exportSnapshot(store().snapshot());
    downloadText(text, name);
    setMessage(newerVersion ? ui.progress.exportedNewer(name) : ui.progress.exported(name, items));
  }

  async function choose(file: File | undefined) {
    setError('');
    setMessage('');
    setPending(undefined);
    if (!file) return;
    // An oversized file is refused by its size, before it is read into memory.
    const result = checkImportSize(file.size) ?? parseImport(await file.text(), known);
    if (!result.ok) {
      setError(result.error);
      if (fileInput.current) fileInput.current.value = '';
      return;
    }
    setPending(result);
  }

  function apply(mode: 'merge' | 'replace') {
    if (!pending) return;
    const imported = pending.progress;
    // Merged inside the store's change, so it merges with the newest saved state, not this tab's snapshot.
    store().update((current) => (mode === 'merge' ? mergeProgress(current, imported) : imported));
    finish(ui.progress.imported);
  }

  function finish(text: string) {
    setPending(undefined);
    setMessage(text);
    if (fileInput.current) {
      fileInput.current.value = '';
      fileInput.current.focus();
    }
  }

  const ignored = summarizeIgnored(pending?.ignored ?? []);
  return (
    <section aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{ui.progress.transferHeading}</h2>
      <p>{ui.progress.transferIntro}</p>
      <p>
        <button type="button" className="button" onClick={download} disabled={!enabled}>
          {ui.progress.export}
        </button>
      </p>
      <p className="file-field">
        <label htmlFor="import-file">{ui.progress.importLabel}</label>
        <input
          id="import-file"
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          disabled={!importEnabled}
          onChange={(event) => void choose(event.currentTarget.files?.[0])}
        />
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {pending && (
        <div className="import-preview">
          <h3 ref={previewHeading} tabIndex={-1}>
            {ui.progress.previewHeading}
          </h3>
          <dl>
            <dt>{ui.progress.previewModules}</dt>
            <dd>{pending.preview.modulesVisited}</dd>
            <dt>{ui.progress.previewQuizzes}</dt>
            <dd>{pending.preview.quizzesAnswered}</dd>
            <dt>{ui.progress.previewRoleplays}</dt>
            <dd>{pending.preview.roleplaysPlayed}</dd>
            <dt>{ui.progress.previewResources}</dt>
            <dd>{pending.preview.resourcesSaved}</dd>
            {pending.preview.exportedAt && (
              <>
                <dt>{ui.progress.previewExported}</dt>
                <dd>{dateAndTime(pending.preview.exportedAt)}</dd>
              </>
            )}
          </dl>
          {ignored.shown.length > 0 && <p>{ui.progress.ignored(ignored.shown, ignored.more)}</p>}
          <p className="button-row">
            <button type="button" className="button" onClick={() => apply('merge')}>
              {ui.progress.merge}
            </button>
            <button type="button" className="button secondary" onClick={() => apply('replace')}>
              {ui.progress.replace}
            </button>
            <button type="button" className="button secondary" onClick={() => finish(ui.progress.importCancelled)}>
              {ui.progress.cancel}
            </button>
          </p>
        </div>
      )}
      <p role="status" className="form-message">
        {message}
      </p>
    </section>
  );
}

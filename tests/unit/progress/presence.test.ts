/** Whether a page without an exercise must load the progress store (issue #18): only when there is something to read. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { progressToRead } from '../../../src/lib/progress/presence';
import { browserStorage } from '../../../src/lib/progress/browser-storage';
import { BACKUP_PREFIX, PROGRESS_KEY, SESSION_ONLY_KEY } from '../../../src/lib/progress/keys';
import { FakeStorage } from './fake-storage';

const filled = (entries: Record<string, string>) => {
  const storage = new FakeStorage();
  for (const [key, value] of Object.entries(entries)) storage.values.set(key, value);
  return storage;
};

describe('progress to read', () => {
  it('is none on a first visit, whatever else the site keeps', () => {
    expect(progressToRead(new FakeStorage(), new FakeStorage())).toBe(false);
    expect(progressToRead(filled({ 'alongside:probe': '1', 'other-site': 'x' }), filled({ 'alongside:room:v1:quiz:q': '{}' }))).toBe(false);
  });

  it('is saved progress, or a backup of unreadable progress', () => {
    expect(progressToRead(filled({ [PROGRESS_KEY]: '{not json' }), undefined)).toBe(true);
    expect(progressToRead(filled({ [`${BACKUP_PREFIX}2026-11-24T18:00:00.000Z`]: '{}' }), undefined)).toBe(true);
  });

  it('on a shared computer, is what this tab keeps (a stale copy on the device does not count)', () => {
    const sharedComputer = { [SESSION_ONLY_KEY]: '1' };
    expect(progressToRead(filled(sharedComputer), new FakeStorage())).toBe(false);
    expect(progressToRead(filled(sharedComputer), filled({ [PROGRESS_KEY]: '{}' }))).toBe(true);
    expect(progressToRead(filled(sharedComputer), undefined)).toBe(true); // no tab shelf: the store's notice
  });

  it('is assumed where storage is refused, so the store can say so', () => {
    expect(progressToRead(undefined, new FakeStorage())).toBe(true);
    const blocked = new FakeStorage();
    blocked.disabled = true;
    expect(progressToRead(blocked, new FakeStorage())).toBe(true);
  });
});

describe('the browser storages', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('are the window’s, or undefined where reading them throws (or there is no window)', () => {
    expect(browserStorage('localStorage')).toBeUndefined();
    const local = new FakeStorage();
    vi.stubGlobal('window', { localStorage: local });
    expect(browserStorage('localStorage')).toBe(local);
    vi.stubGlobal('window', {
      get sessionStorage() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(browserStorage('sessionStorage')).toBeUndefined();
  });
});

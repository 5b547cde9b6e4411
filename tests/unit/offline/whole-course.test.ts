import { describe, expect, it } from 'vitest';
import { choiceCacheName, isOwnCacheName } from '../../../src/lib/offline/names';
import { formatSize, isOfflineRequest, wholeCourseKey } from '../../../src/lib/offline/whole-course';

describe('the whole-course choice', () => {
  it('is kept in one of the site’s own caches, so forgetting removes it, and per base path', () => {
    expect(choiceCacheName('/training')).toBe('alongside:/training/:choice');
    expect(isOwnCacheName(choiceCacheName('/training/'), '/training/')).toBe(true);
    expect(isOwnCacheName(choiceCacheName('/pilot/'), '/training/')).toBe(false);
    expect(wholeCourseKey('/training/')).toBe('/training/offline-choice/whole-course');
  });

  it('is asked for only with a message the worker knows', () => {
    expect(isOfflineRequest({ type: 'offline-state' })).toBe(true);
    expect(isOfflineRequest({ type: 'whole-course' })).toBe(true);
    expect(isOfflineRequest({ type: 'delete-everything' })).toBe(false);
    expect(isOfflineRequest('skip-waiting')).toBe(false);
    expect(isOfflineRequest(null)).toBe(false);
    expect(isOfflineRequest({})).toBe(false);
  });

  it('shows its size as a phone shows data use', () => {
    expect(formatSize(1_516_259)).toBe('1.5 MB');
    expect(formatSize(386_392)).toBe('386 KB');
    expect(formatSize(12)).toBe('1 KB');
  });
});

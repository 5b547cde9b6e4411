import { describe, expect, it } from 'vitest';
import {
  isOfflinePaused,
  offlineChoice,
  pauseOffline,
  resumeOffline,
  sharedComputerMode,
  wantsSaveData,
} from '../../../src/lib/offline/pause';
import { offlinePausedKey, SESSION_ONLY_KEY } from '../../../src/lib/progress/keys';
import { FakeStorage } from '../progress/fake-storage';

describe('whether a page installs the offline copy', () => {
  it('installs it normally, offers it in a tab that forgot everything, and removes it on a shared computer', () => {
    expect(offlineChoice({ sessionOnly: false, paused: false })).toBe('register');
    expect(offlineChoice({ sessionOnly: false, paused: true })).toBe('offer');
    expect(offlineChoice({ sessionOnly: true, paused: false })).toBe('remove');
    expect(offlineChoice({ sessionOnly: true, paused: true })).toBe('remove');
  });

  it('asks before downloading anything where the browser asks sites to save data', () => {
    expect(offlineChoice({ sessionOnly: false, paused: false, saveData: true })).toBe('ask');
    expect(offlineChoice({ sessionOnly: false, paused: true, saveData: true })).toBe('offer');
    expect(offlineChoice({ sessionOnly: true, paused: false, saveData: true })).toBe('remove');
    expect(wantsSaveData({ connection: { saveData: true } })).toBe(true);
    expect(wantsSaveData({ connection: { saveData: false } })).toBe(false);
    expect(wantsSaveData({ connection: null })).toBe(false);
    expect(wantsSaveData({ connection: {} })).toBe(false);
    expect(wantsSaveData({})).toBe(false); // Firefox and Safari have no Network Information API
  });

  it('pauses in this tab for this base path only, until the person keeps a copy again', () => {
    const session = new FakeStorage();
    expect(isOfflinePaused(session, '/training/', '')).toBe(false);
    expect(pauseOffline(session, '/training')).toBe(true);
    expect([...session.values.keys()]).toEqual([offlinePausedKey('/training/')]);
    expect(isOfflinePaused(session, '/training/', '')).toBe(true);
    expect(isOfflinePaused(session, '/', '')).toBe(false); // another site on the same origin
    resumeOffline(session, '/training/');
    expect(isOfflinePaused(session, '/training/', '')).toBe(false);
    expect(session.values.size).toBe(0);
  });

  it('treats the page right after forgetting as paused, even where sessionStorage was refused', () => {
    const refused = new FakeStorage();
    refused.disabled = true;
    expect(pauseOffline(refused, '/')).toBe(false);
    expect(pauseOffline(undefined, '/')).toBe(false);
    expect(isOfflinePaused(refused, '/', '')).toBe(false);
    expect(isOfflinePaused(refused, '/', '?forgotten=1')).toBe(true);
    expect(isOfflinePaused(undefined, '/', '?forgotten=1')).toBe(true);
    // Where the pause is recorded, it alone counts: keeping a copy on that page, then reloading it, keeps it.
    const session = new FakeStorage();
    expect(isOfflinePaused(session, '/', '?forgotten=1')).toBe(false);
    expect(() => resumeOffline(refused, '/')).not.toThrow();
  });

  it('reads shared-computer mode as progress/device.ts records it', () => {
    const local = new FakeStorage();
    expect(sharedComputerMode(local)).toBe(false);
    local.values.set(SESSION_ONLY_KEY, '1');
    expect(sharedComputerMode(local)).toBe(true);
    local.disabled = true;
    expect(sharedComputerMode(local)).toBe(false);
    expect(sharedComputerMode(undefined)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { forgetResult } from '../../../src/lib/offline/forget-result';
import { forgottenMessage, forgottenQuery, readForgotten } from '../../../src/lib/offline/forgotten';

const ok = { removed: true, failed: false };
const refused = { removed: false, failed: true };
const partly = { removed: true, failed: true };
const untouched = { removed: false, failed: false };

describe('what "forget everything" tells the person', () => {
  it('counts a part refused even in part as refused, not removed', () => {
    expect(forgetResult({ saved: ok, offline: ok })).toEqual({ removed: ['saved', 'offline'], failed: [] });
    expect(forgetResult({ saved: ok, offline: partly })).toEqual({ removed: ['saved'], failed: ['offline'] });
    expect(forgetResult({ saved: untouched, offline: refused })).toEqual({ removed: [], failed: ['offline'] });
  });

  it('says everything was removed when the browser refused nothing', () => {
    const result = forgetResult({ saved: ok, offline: untouched });
    expect(forgottenQuery(result)).toBe('?forgotten=1');
    expect(readForgotten('?forgotten=1')).toEqual({ removed: [], failed: [] });
    expect(forgottenMessage(readForgotten(forgottenQuery(result))!)).toBe('Everything Alongside saved on this device has been removed.');
  });

  it('says what was removed, what the browser would not let it remove, and how to remove the rest', () => {
    const result = forgetResult({ saved: ok, offline: refused });
    const read = readForgotten(forgottenQuery(result))!;
    expect(read).toEqual(result);
    expect(forgottenMessage(read)).toBe(
      'Alongside removed your progress, saved resources and settings. ' +
        'This browser did not let Alongside remove its offline copy of the site. ' +
        "To remove what is left, clear this site's data in your browser's settings.",
    );
    expect(forgottenMessage({ removed: [], failed: ['saved', 'offline'] })).toBe(
      'This browser did not let Alongside remove your progress, saved resources and settings. ' +
        'This browser did not let Alongside remove its offline copy of the site. ' +
        "To remove what is left, clear this site's data in your browser's settings.",
    );
  });

  it('reads only the parts it knows from an address, and nothing from another page', () => {
    expect(readForgotten('?forgotten=1&removed=saved,nonsense&failed=offline')).toEqual({ removed: ['saved'], failed: ['offline'] });
    expect(readForgotten('?q=naloxone')).toBeUndefined();
  });
});

/**
 * What "forget everything" removed and what the browser would not let it remove, carried to the home
 * page in its address (`/?forgotten=1`, plus the parts when something was refused: sessionStorage was
 * just emptied, and must stay so), and the sentence the page shows.
 */
import { ui } from '../i18n';
import { FORGET_PARTS, type ForgetResult } from './forget-result';

/** The query string for the home page after forgetting. */
export function forgottenQuery({ removed, failed }: ForgetResult): string {
  const params = new URLSearchParams({ forgotten: '1' });
  if (failed.length > 0) {
    params.set('removed', removed.join(','));
    params.set('failed', failed.join(','));
  }
  return `?${params.toString()}`;
}

/** The result a page address carries, or undefined if it is not the page after forgetting. */
export function readForgotten(search: string): ForgetResult | undefined {
  const params = new URLSearchParams(search);
  if (!params.has('forgotten')) return undefined;
  const list = (name: string) => {
    const named = (params.get(name) ?? '').split(',');
    return FORGET_PARTS.filter((part) => named.includes(part));
  };
  return { removed: list('removed'), failed: list('failed') };
}

/** What the home page says after forgetting: all gone, or what went and what is left and how to remove it. */
export function forgottenMessage({ removed, failed }: ForgetResult): string {
  const t = ui.device;
  if (failed.length === 0) return t.forgotten;
  const sentences: string[] = failed.map((part) => t.forgetRefused[part]);
  if (removed.length > 0) sentences.unshift(t.forgetRemoved(removed.map((part) => t.forgetParts[part])));
  return [...sentences, t.forgetRest].join(' ');
}

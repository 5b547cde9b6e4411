import type { StorageLike } from '../../../src/lib/progress/store';

/** An in-memory Storage that can be made full or disabled, and shared by two "tabs". */
export class FakeStorage implements StorageLike {
  values = new Map<string, string>();
  /** Total characters allowed; writes past it throw QuotaExceededError. */
  quota = Number.POSITIVE_INFINITY;
  disabled = false;

  getItem(key: string): string | null {
    if (this.disabled) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.disabled) throw new DOMException('The operation is insecure.', 'SecurityError');
    const used = [...this.values].reduce((sum, [k, v]) => (k === key ? sum : sum + k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw new DOMException('Quota exceeded', 'QuotaExceededError');
    this.values.set(key, value);
  }
  get length(): number {
    return this.values.size;
  }
  key(index: number): string | null {
    return [...this.values.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    if (this.disabled) throw new DOMException('The operation is insecure.', 'SecurityError');
    this.values.delete(key);
  }
}

/** A minimal event target standing in for `window`, to deliver `storage` events between fake tabs. */
export class FakeWindow extends EventTarget {
  storageChanged(key: string | null) {
    const event = new Event('storage') as Event & { key: string | null };
    Object.defineProperty(event, 'key', { value: key });
    this.dispatchEvent(event);
  }
}

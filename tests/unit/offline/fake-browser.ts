import type { CacheStoreLike, WorkerContainerLike } from '../../../src/lib/offline/offline-copy';

/** The Cache API, in memory: each cache is a set of URL paths. `refuse` makes every call reject. */
export class FakeCaches implements CacheStoreLike {
  refuse = false;
  constructor(public stored: Record<string, string[]>) {}
  keys = () => (this.refuse ? Promise.reject(new DOMException('denied', 'SecurityError')) : Promise.resolve(Object.keys(this.stored)));
  delete = (name: string) => {
    if (this.refuse) return Promise.reject(new DOMException('denied', 'SecurityError'));
    const had = name in this.stored;
    delete this.stored[name];
    return Promise.resolve(had);
  };
  match = (request: RequestInfo | URL, options?: MultiCacheQueryOptions) => {
    const name = options?.cacheName ?? '';
    const url = typeof request === 'string' ? request : request instanceof URL ? request.href : request.url;
    const found = this.stored[name]?.includes(url) ? new Response('') : undefined;
    return Promise.resolve(found);
  };
}

/** Service worker registrations by scope URL. `refuse` makes getRegistrations reject; `stuck` makes one unregister reject. */
export class FakeWorkers implements WorkerContainerLike {
  refuse = false;
  stuck = new Set<string>();
  constructor(public scopes: string[]) {}
  getRegistrations = () => {
    if (this.refuse) return Promise.reject(new DOMException('denied', 'SecurityError'));
    return Promise.resolve(
      this.scopes.map(
        (scope) =>
          ({
            scope,
            unregister: () => {
              if (this.stuck.has(scope)) return Promise.reject(new DOMException('denied', 'InvalidStateError'));
              const had = this.scopes.includes(scope);
              this.scopes = this.scopes.filter((other) => other !== scope);
              return Promise.resolve(had);
            },
          }) as unknown as ServiceWorkerRegistration,
      ),
    );
  };
}

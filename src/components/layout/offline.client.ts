/**
 * Registers the service worker and shows its state in the footer: "available offline" once this
 * build is cached, and "new version ready — reload" when a newer build has been cached in the
 * background. The page switches versions only when the person chooses to, so nothing mixes.
 */
export function registerOffline(root: HTMLElement): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const base = root.dataset.base ?? '/';
  const ready = root.querySelector<HTMLElement>('[data-offline-ready]')!;
  const update = root.querySelector<HTMLElement>('[data-offline-update]')!;
  const button = update.querySelector('button')!;
  let reloading = false;

  const offerUpdate = (worker: ServiceWorker) => {
    update.hidden = false;
    button.onclick = () => {
      reloading = true;
      worker.postMessage('skip-waiting');
    };
  };

  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });

  navigator.serviceWorker
    .register(`${base}sw.js`, { scope: base })
    .then((registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(installing);
        });
      });
      return navigator.serviceWorker.ready;
    })
    .then(() => {
      ready.hidden = false;
    })
    .catch(() => {
      // No service worker (private mode in some browsers, or blocked): the site still works online.
    });
}

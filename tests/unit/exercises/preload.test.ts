/** The exercises file is fetched once per page, shared between bundles, and tried again after a failure. */
import { describe, expect, it, vi } from 'vitest';
import { preloadExercises, preloaded } from '../../../src/lib/exercises/preload';

const ok = (body: unknown) => Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));

describe('preloadExercises', () => {
  it('fetches a file once, however many ask, and keeps it for synchronous reads', async () => {
    const fetcher = vi.fn(() => ok({ quizzes: { q: 1 } }));
    expect(preloaded('/a.json')).toBeUndefined();
    const [first, second] = await Promise.all([preloadExercises('/a.json', fetcher), preloadExercises('/a.json', fetcher)]);
    expect(first).toEqual({ quizzes: { q: 1 } });
    expect(second).toBe(first);
    expect(preloaded('/a.json')).toBe(first);
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed or refused request', async () => {
    const fetcher = vi
      .fn<typeof fetch>()
      .mockRejectedValueOnce(new TypeError('offline'))
      .mockResolvedValueOnce(new Response('gone', { status: 404 }))
      .mockImplementation(() => ok({ roleplays: {} }));
    await expect(preloadExercises('/b.json', fetcher)).rejects.toThrow('offline');
    await expect(preloadExercises('/b.json', fetcher)).rejects.toThrow('/b.json: 404');
    expect(preloaded('/b.json')).toBeUndefined();
    await expect(preloadExercises('/b.json', fetcher)).resolves.toEqual({ roleplays: {} });
    expect(fetcher).toHaveBeenCalledTimes(3);
  });

  it('shares one copy through the global object, as separate bundles on a page would', async () => {
    await preloadExercises('/c.json', () => ok({ shared: true }));
    vi.resetModules();
    const again = await import('../../../src/lib/exercises/preload');
    expect(again.preloaded('/c.json')).toEqual({ shared: true });
  });
});

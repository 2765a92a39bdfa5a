import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import { QueryClient } from '@tanstack/react-query';
import type { Persister } from '@tanstack/react-query-persist-client';
import type { KompassDatabase } from '../../offline/db';
import { ApiRequestError } from '../../offline/api-request';

/** What the workspace fetched stays readable offline for a week, then is dropped. */
export const workspaceCacheMaxAge = 7 * 24 * 3600_000;

const cacheKey = 'workspaceCache';

/**
 * The query cache, kept in the device's settings beside the staff session and only while
 * there is one: a save that arrives after logging out is dropped, so on a shared tablet
 * nothing of the last person's work outlives their session.
 */
export function workspaceCachePersister(db: KompassDatabase): Persister {
  return createAsyncStoragePersister({
    key: cacheKey,
    storage: {
      getItem: async () => (await db.settings.get(cacheKey))?.value ?? null,
      setItem: (_key, value: string) =>
        db.transaction('rw', db.settings, async () => {
          if (await db.settings.get('staffSession')) await db.settings.put({ key: cacheKey, value });
        }),
      removeItem: () => db.settings.delete(cacheKey),
    },
  });
}

/** Worth another try: no answer, or the server failed; a refusal will not change by asking again. */
const mayRetry = (failures: number, error: unknown) =>
  failures < 2 && error instanceof ApiRequestError && (error.code === 'offline' || error.code === 'internal_error');

export function workspaceQueryClient(): QueryClient {
  // Kept as long as the persisted copy, or the copy would lose what the cache forgot.
  return new QueryClient({ defaultOptions: { queries: { gcTime: workspaceCacheMaxAge, retry: mayRetry }, mutations: { retry: false } } });
}

const isUnauthorized = (error: unknown) => error instanceof ApiRequestError && error.status === 401;

/** Calls back when any query or mutation is refused with a 401: the session has ended. Returns the way to stop. */
export function watchForUnauthorized(queryClient: QueryClient, onUnauthorized: () => void): () => void {
  const stopQueries = queryClient.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'error' && isUnauthorized(event.action.error)) onUnauthorized();
  });
  const stopMutations = queryClient.getMutationCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'error' && isUnauthorized(event.action.error)) onUnauthorized();
  });
  return () => {
    stopQueries();
    stopMutations();
  };
}

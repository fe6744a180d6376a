import type { InvalidateQueryFilters, QueryClient } from "@tanstack/react-query";

/**
 * `invalidateQueries`, but a first load still in flight is started again too.
 * TanStack Query hands an invalidation the fetch already running when the
 * query has no data yet — one begun before the change (a publish, an accept)
 * — and keeps its stale answer; cancelling first makes the refetch see it.
 */
export async function refreshQueries(queryClient: QueryClient, filters: InvalidateQueryFilters): Promise<void> {
  await queryClient.cancelQueries(filters);
  await queryClient.invalidateQueries(filters);
}

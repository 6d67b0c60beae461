import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A feed host that blips gets two more tries before the page says so; analyses are local and never retried.
        retry: 2,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 15_000),
        // Wall screens are never focused; refresh is driven by refetchInterval, not by focus.
        refetchOnWindowFocus: false,
        refetchIntervalInBackground: true,
      },
    },
  });
}

import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createQueryClient } from '../queries/queryClient';
import { AppErrorBoundary } from './AppErrorBoundary';
import { Shell } from './Shell';

export function App({ client }: { client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <AppErrorBoundary>
        <Shell />
      </AppErrorBoundary>
    </QueryClientProvider>
  );
}

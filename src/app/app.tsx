// The app: providers around the routes. The router is given, so tests can open any URL in memory.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ComponentType, ReactNode } from 'react';
import { AppRoutes } from './routes';

interface AppProps {
  readonly queryClient: QueryClient;
  readonly router: ComponentType<{ readonly children: ReactNode }>;
}

export function App({ queryClient, router: Router }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <Router>
        <AppRoutes />
      </Router>
    </QueryClientProvider>
  );
}

// Renders through the app's real providers with a fresh QueryClient per test (no retries, so
// a failure shows at once) and msw/node answering the network.
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { AppProviders } from '../src/app/providers';
import { initI18n } from '../src/lib/i18n';

export function createTestQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
}

export function renderWithProviders(ui: ReactElement, queryClient = createTestQueryClient()) {
  return { queryClient, ...render(<AppProviders queryClient={queryClient} i18n={initI18n('en')}>{ui}</AppProviders>) };
}

// Testing Library's API, with `render` giving each rendered tree its own query cache, as the app has one.
import { QueryClientProvider } from '@tanstack/react-query';
import { render as baseRender, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { createQueryClient } from '../api/queryClient';

export * from '@testing-library/react';

export function render(ui: ReactElement, options: Omit<RenderOptions, 'wrapper'> = {}) {
  const client = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return baseRender(ui, { ...options, wrapper });
}

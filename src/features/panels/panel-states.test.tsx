import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error';
import { renderWithProviders } from '../../../tests/render';
import { PanelError } from './panel-states';

describe('PanelError', () => {
  it('offers Retry when asking again can help', async () => {
    const onRetry = vi.fn();
    renderWithProviders(<PanelError error={new ApiError('http', '/api/v1/series', 'database unavailable', 500)} onRetry={onRetry} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('offers Reload, not Retry, when part of the page could not be loaded', () => {
    renderWithProviders(<PanelError error={new ApiError('code', '/api/v1/series', 'chunk failed')} onRetry={() => undefined} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Part of this page could not be loaded. Reload the page to try again.');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });
});

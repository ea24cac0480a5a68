import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../tests/render';
import { ComposedExportMenu } from './composed-export-menu';

const { saveComposedPng } = vi.hoisted(() => ({ saveComposedPng: vi.fn((_request: { domains: string[]; title: string }, _filename: string) => Promise.resolve()) }));
vi.mock('./composed-export', () => ({ saveComposedPng, copyComposedPng: vi.fn(), exportFilename: () => 'dashboard-2021-2025.png' }));

describe('ComposedExportMenu', () => {
  it('composes the image of the panels it is given, in their order, without reading the page', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ComposedExportMenu domains={['nev', 'macro']} title="Dashboard" from={2021} to={2025} />);
    await user.click(screen.getByRole('button', { name: /Dashboard/ }));
    await user.click(await screen.findByRole('menuitem', { name: /PNG/ }));
    expect(await screen.findByText(/dashboard-2021-2025\.png/)).toBeInTheDocument();
    expect(saveComposedPng).toHaveBeenCalledWith(expect.objectContaining({ domains: ['nev', 'macro'], title: 'Dashboard' }), 'dashboard-2021-2025.png');
  });
});

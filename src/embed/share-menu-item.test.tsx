// The Share item every chart's Export menu ends with.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../tests/render';
import type { ChartView } from '../charts/chart-types';
import type { Formatters } from '../charts/use-formatters';
import { ChartExportMenu } from '../export/chart-export-menu';

const view: ChartView = { id: 'nev-nev_production', title: 'NEV production', subtitle: '2020–2025 · Absolute', unit: 'vehicles_10k', chartType: 'line', mode: 'absolute', from: 2020, to: 2025, series: [] };

// Opening the menu starts loading the export code; each test lets it finish, so no import is
// still pending when the test environment is torn down.
afterEach(async () => {
  await import('../export/chart-export');
});

describe('Share in the Export menu', () => {
  it('opens the Share dialog for the chart, and gives focus back to the menu button on Close', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ChartExportMenu view={view} format={{} as Formatters} sourcesById={new Map()} sourceLabel={(id) => id} onTextsChange={() => undefined} />);
    const button = screen.getByRole('button', { name: 'Export NEV production' });
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'Share or embed…' }));
    expect(await screen.findByRole('dialog', { name: 'Share “NEV production”' })).toBeInTheDocument();
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Embed code' }).value).toContain('embed.html?embed=nev-nev_production');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
  });
});

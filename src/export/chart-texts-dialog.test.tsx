// "Edit title and notes…" in a chart's Export menu: the reader's texts are saved (only what
// differs from the chart's own), go into the link, and Reset puts back the chart's own.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../tests/render';
import type { ChartView } from '../charts/chart-types';
import { useFormatters } from '../charts/use-formatters';
import type { ChartTexts } from '../state/filters-schema';
import { ChartExportMenu } from './chart-export-menu';

const chart: ChartView = {
  id: 'nev-nev_production',
  title: 'NEV production',
  subtitle: '2020–2025 · Absolute',
  unit: 'vehicles_10k',
  chartType: 'line',
  mode: 'absolute',
  from: 2020,
  to: 2025,
  series: [{ indicatorId: 'nev_production', unit: 'vehicles_10k', isModeApplied: false, label: 'NEV production', color: '#000', regionName: 'Chongqing', points: [] }],
};

function Menu({ texts, onTextsChange }: { texts?: ChartTexts; onTextsChange: (texts: ChartTexts | null) => void }) {
  return <ChartExportMenu view={chart} format={useFormatters()} sourcesById={new Map()} sourceLabel={String} texts={texts} onTextsChange={onTextsChange} />;
}

async function openDialog() {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: /^Export/ }));
  await user.click(screen.getByRole('menuitem', { name: 'Edit title and notes…' }));
  return { user, dialog: await screen.findByRole('dialog', { name: 'Title and notes of this chart' }) };
}

// Opening the menu starts loading the export code; each test lets it finish, so no import is
// still pending when the test environment is torn down.
afterEach(async () => {
  await import('./chart-export');
});

describe('chart texts dialog', () => {
  it('starts from the chart image texts (region and unit named) and saves only what changed', async () => {
    const onTextsChange = vi.fn();
    renderWithProviders(<Menu onTextsChange={onTextsChange} />);
    const { user } = await openDialog();
    const title = screen.getByRole('textbox', { name: 'Title' });
    expect(title).toHaveValue('NEV production');
    expect(title).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Subtitle' })).toHaveValue('Chongqing · 2020–2025 · Absolute · vehicles');
    expect(title).toHaveAttribute('maxLength', '120');
    await user.clear(title);
    await user.type(title, 'Output soars');
    await user.type(screen.getByRole('textbox', { name: 'Note or byline' }), 'Chart: Jane Doe');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onTextsChange).toHaveBeenCalledWith({ title: 'Output soars', note: 'Chart: Jane Doe' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows the texts kept, and Reset puts back the chart own', async () => {
    const onTextsChange = vi.fn();
    renderWithProviders(<Menu texts={{ subtitle: 'My subtitle' }} onTextsChange={onTextsChange} />);
    const { user } = await openDialog();
    expect(screen.getByRole('textbox', { name: 'Subtitle' })).toHaveValue('My subtitle');
    await user.click(screen.getByRole('button', { name: "Reset to the chart's own" }));
    expect(onTextsChange).toHaveBeenCalledWith(null);
  });
});

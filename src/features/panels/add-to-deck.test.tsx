import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type React from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { AppProviders } from '../../app/providers';
import { initI18n } from '../../lib/i18n';
import type { ChartView } from '../../charts/chart-types';
import { deckActions } from '../../state/deck';
import { AddToDeck } from './add-to-deck';

const chart = (ids: string[], to = 2025): ChartView => ({
  id: `nev-${ids[0]}`,
  title: ids.join(' · '),
  subtitle: '',
  unit: 'vehicles_10k',
  chartType: 'line',
  mode: 'absolute',
  from: 2020,
  to,
  series: ids.map((id) => ({ indicatorId: id, unit: 'vehicles_10k', isModeApplied: false, label: id, color: '#000', points: [] })),
});

describe('AddToDeck', () => {
  it('says which slide the chart became, until the chart shows something else', async () => {
    deckActions.deckCleared();
    const user = userEvent.setup();
    const { rerender: rerenderBare, queryClient } = renderWithProviders(<AddToDeck domain="nev" chart={chart(['nev_production'])} mode="absolute" />);
    const rerender = (ui: React.ReactElement) =>
      rerenderBare(
        <AppProviders queryClient={queryClient} i18n={initI18n('en')}>
          {ui}
        </AppProviders>,
      );
    await user.click(screen.getByRole('button', { name: /Add to deck/ }));
    expect(screen.getByRole('status')).toHaveTextContent('Added as slide 2');
    // The same chart, kept as an indicator joins it: the slide pinned the view before.
    rerender(<AddToDeck domain="nev" chart={chart(['nev_production', 'auto_production'])} mode="absolute" />);
    expect(screen.getByRole('status')).toHaveTextContent('');
    rerender(<AddToDeck domain="nev" chart={chart(['nev_production'])} mode="absolute" />);
    expect(screen.getByRole('status')).toHaveTextContent('Added as slide 2');
    rerender(<AddToDeck domain="nev" chart={chart(['nev_production'], 2024)} mode="absolute" />);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});

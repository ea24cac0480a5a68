import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type React from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { AppProviders } from '../../app/providers';
import { initI18n } from '../../lib/i18n';
import type { ChartView } from '../../charts/chart-types';
import { deckActions, useDeckStore } from '../../state/deck';
import { usePresentationStore } from '../../state/presentation';
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

  it('does not pin the same view twice: it says it is in the deck, and presents that slide', async () => {
    deckActions.deckCleared();
    deckActions.slideAdded({ domain: 'macro', indicators: ['gdp'], from: 2020, to: 2025, mode: 'absolute', chart: 'line' });
    const user = userEvent.setup();
    renderWithProviders(<AddToDeck domain="nev" chart={chart(['nev_production'])} mode="absolute" />);
    await user.click(screen.getByRole('button', { name: /^Add to deck/ }));
    expect(screen.getByRole('status')).toHaveTextContent('Added as slide 3');
    const inDeck = screen.getByRole('button', { name: 'Already in the deck as slide 3 (nev_production): present it' });
    expect(inDeck).toHaveTextContent('Already in the deck');
    expect(screen.queryByRole('button', { name: /^Add to deck/ })).not.toBeInTheDocument();
    await user.click(inDeck);
    expect(useDeckStore.getState().slides).toHaveLength(2);
    expect(usePresentationStore.getState()).toMatchObject({ isOpen: true, index: 2 });
  });
});

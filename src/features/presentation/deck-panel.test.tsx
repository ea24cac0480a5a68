import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { deckActions } from '../../state/deck';
import { DeckPanel } from './deck-panel';

describe('DeckPanel', () => {
  it('draws its contents only once opened, loading them then', async () => {
    deckActions.deckCleared();
    deckActions.slideAdded({ domain: 'nev', indicators: ['nev_production'], from: 2020, to: 2024, mode: 'absolute', chart: 'line' });
    const user = userEvent.setup();
    renderWithProviders(<DeckPanel />);
    expect(screen.getByText('Presentation deck (1 slide)')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Slide title' })).not.toBeInTheDocument();
    await user.click(screen.getByText('Presentation deck (1 slide)'));
    expect(await screen.findByRole('textbox', { name: 'Slide title' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download PowerPoint (.pptx)' })).toBeInTheDocument();
  });
});

describe('DeckPanel and a deck link', () => {
  it('opens itself when a link replaced the reader’s deck, so the Restore offer is seen', async () => {
    deckActions.deckCleared();
    deckActions.slideAdded({ domain: 'nev', indicators: ['nev_production'], from: 2020, to: 2024, mode: 'absolute', chart: 'line' });
    renderWithProviders(<DeckPanel />);
    expect(screen.getByTestId('deck-panel')).not.toHaveAttribute('open');
    act(() => deckActions.deckLoaded([{ id: 'linked', domain: 'macro', indicators: ['gdp'], from: 2020, to: 2025, mode: 'index', chart: 'bar' }]));
    expect(screen.getByTestId('deck-panel')).toHaveAttribute('open');
    expect(await screen.findByRole('button', { name: 'Restore my deck' })).toBeInTheDocument();
  });
});

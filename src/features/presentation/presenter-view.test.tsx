// The presenter view follows the show it hears on the channel, shows the note the audience does
// not see, and asks the show to move.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { deckActions, type DeckSlide } from '../../state/deck';
import { openShowChannel, type ShowMessage } from './show-channel';
import { PresenterView } from './presenter-view';
import { FakeBroadcastChannel } from '../../../tests/fake-broadcast-channel';

vi.stubGlobal('BroadcastChannel', FakeBroadcastChannel);

describe('PresenterView', () => {
  it('waits for the show, then shows its slide, the next one and the note, and moves it', async () => {
    const slides: DeckSlide[] = [
      { id: 'a1', domain: 'nev', indicators: ['nev_production'], from: 2020, to: 2024, mode: 'absolute', chart: 'line', note: 'Stress the 2024 jump.' },
      { id: 'a2', domain: 'macro', indicators: ['gdp'], from: 2020, to: 2025, mode: 'yoy', chart: 'line' },
    ];
    // This window's own deck is another: the presenter view draws the show's slides, not its own.
    deckActions.deckLoaded([{ id: 'other', domain: 'macro', indicators: ['population'], from: 2020, to: 2025, mode: 'absolute', chart: 'bar', note: 'Not this show.' }]);
    const heard: ShowMessage[] = [];
    const show = openShowChannel((message) => heard.push(message));
    renderWithProviders(<PresenterView />);
    expect(screen.getByRole('status')).toHaveTextContent('Waiting for the slide show');
    expect(screen.queryByTestId('presenter-current')).not.toBeInTheDocument();
    await vi.waitFor(() => expect(heard).toContainEqual({ kind: 'hello' }));
    act(() => show.post({ kind: 'at', index: 1, slides, isFromDeck: true, theme: 'light', showMilestones: true }));
    await vi.waitFor(() => expect(screen.getByTestId('presenter-counter')).toHaveTextContent('Slide 2 of 3'));
    expect(within(screen.getByTestId('presenter-note')).getByText('Stress the 2024 jump.')).toBeInTheDocument();
    expect(screen.queryByText('Not this show.')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await vi.waitFor(() => expect(heard).toContainEqual({ kind: 'go', index: 2 }));
    expect(screen.getByTestId('presenter-counter')).toHaveTextContent('Slide 3 of 3');
    expect(screen.getByTestId('presenter-next')).toHaveTextContent('End of the show');
    act(() => show.post({ kind: 'closed' }));
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('The slide show has closed'));
    expect(screen.getByTestId('presenter-counter')).toHaveTextContent('Slide 3 of 3');
    show.close();
  });
});

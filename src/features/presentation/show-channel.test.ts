// The show and its presenter view talk over a BroadcastChannel; anything else on it is ignored,
// and each side moves the other.
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeckSlide } from '../../state/deck';
import { presentationActions, usePresentationStore } from '../../state/presentation';
import { openShowChannel, toShowMessage, type ShowMessage } from './show-channel';
import { usePresenterWindow } from './use-presenter-window';
import { FakeBroadcastChannel } from '../../../tests/fake-broadcast-channel';

vi.stubGlobal('BroadcastChannel', FakeBroadcastChannel);

const deckSlide: DeckSlide = { id: 'a1', domain: 'nev', indicators: ['nev_production'], from: 2020, to: 2024, mode: 'absolute', chart: 'line', note: 'Stress the 2024 jump.' };
const viewSlide: DeckSlide = { id: 'view-macro', domain: 'macro', indicators: [], from: 2020, to: 2025, mode: 'yoy', chart: 'bar' };
const at = { kind: 'at', slides: [deckSlide, viewSlide], isFromDeck: false, theme: 'dark', showMilestones: true } as const;

describe('toShowMessage', () => {
  it('keeps the messages the two windows send, and nothing else', () => {
    expect(toShowMessage({ ...at, index: 2 })).toEqual({ ...at, index: 2 });
    expect(toShowMessage({ kind: 'go', index: 3, extra: 'dropped' })).toEqual({ kind: 'go', index: 3 });
    expect(toShowMessage({ kind: 'hello' })).toEqual({ kind: 'hello' });
    expect(toShowMessage({ kind: 'go', index: -1 })).toBeNull();
    expect(toShowMessage({ kind: 'go', index: '3' })).toBeNull();
    expect(toShowMessage({ ...at, index: 1, theme: 'neon' })).toBeNull();
    expect(toShowMessage({ ...at, index: 3 })).toBeNull(); // past the last slide
    expect(toShowMessage({ ...at, index: 1, slides: [{ ...deckSlide, domain: 'Not a panel!' }] })).toBeNull();
    expect(toShowMessage({ ...at, index: 1, slides: [{ ...deckSlide, note: 7 }] })).toBeNull();
    expect(toShowMessage({ ...at, index: 1, showMilestones: 'yes' })).toBeNull();
    expect(toShowMessage({ kind: 'reload' })).toBeNull();
    expect(toShowMessage('go')).toBeNull();
  });
});

describe('the show’s side of the presenter view', () => {
  afterEach(() => vi.restoreAllMocks());

  it('tells where it is, moves when asked, and says when it closes', async () => {
    presentationActions.opened(1);
    const heard: ShowMessage[] = [];
    const presenter = openShowChannel((message) => heard.push(message));
    const show = { slides: [deckSlide, viewSlide, { ...viewSlide, id: 'view-nev' }], isFromDeck: false, theme: 'light' as const, showMilestones: false };
    const { result, rerender, unmount } = renderHook(({ index }) => usePresenterWindow({ ...show, index }), { initialProps: { index: 1 } });
    presenter.post({ kind: 'hello' });
    // The slides themselves go over, so the presenter view draws the show's own list.
    await vi.waitFor(() => expect(heard).toContainEqual({ kind: 'at', ...show, index: 1 }));
    expect(result.current.presenterState).toBe('open');
    presenter.post({ kind: 'go', index: 3 });
    await vi.waitFor(() => expect(usePresentationStore.getState().index).toBe(3));
    rerender({ index: 3 });
    await vi.waitFor(() => expect(heard).toContainEqual({ kind: 'at', ...show, index: 3 }));
    unmount();
    await vi.waitFor(() => expect(heard).toContainEqual({ kind: 'closed' }));
    presenter.close();
  });

  it('says so when the browser blocks the presenter window', () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    const { result } = renderHook(() => usePresenterWindow({ index: 0, slides: [deckSlide], isFromDeck: true, theme: 'dark', showMilestones: true }));
    act(() => result.current.openPresenter());
    expect(result.current.presenterState).toBe('blocked');
    expect(window.open).toHaveBeenCalledWith(expect.stringContaining('presenter=1'), 'cq-dashboard-presenter', expect.any(String));
  });
});

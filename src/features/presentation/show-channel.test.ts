// The show and its presenter view talk over a BroadcastChannel; anything else on it is ignored,
// and each side moves the other.
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { presentationActions, usePresentationStore } from '../../state/presentation';
import { openShowChannel, toShowMessage, type ShowMessage } from './show-channel';
import { usePresenterWindow } from './use-presenter-window';
import { FakeBroadcastChannel } from '../../../tests/fake-broadcast-channel';

vi.stubGlobal('BroadcastChannel', FakeBroadcastChannel);

describe('toShowMessage', () => {
  it('keeps the messages the two windows send, and nothing else', () => {
    expect(toShowMessage({ kind: 'at', index: 2, count: 5, theme: 'dark', split: 'chart' })).toEqual({ kind: 'at', index: 2, count: 5, theme: 'dark', split: 'chart' });
    expect(toShowMessage({ kind: 'go', index: 3, extra: 'dropped' })).toEqual({ kind: 'go', index: 3 });
    expect(toShowMessage({ kind: 'hello' })).toEqual({ kind: 'hello' });
    expect(toShowMessage({ kind: 'go', index: -1 })).toBeNull();
    expect(toShowMessage({ kind: 'go', index: '3' })).toBeNull();
    expect(toShowMessage({ kind: 'at', index: 1, count: 5, theme: 'neon', split: 'chart' })).toBeNull();
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
    const { result, rerender, unmount } = renderHook(({ index }) => usePresenterWindow({ index, count: 4, theme: 'light' }), { initialProps: { index: 1 } });
    presenter.post({ kind: 'hello' });
    await vi.waitFor(() => expect(heard).toContainEqual({ kind: 'at', index: 1, count: 4, theme: 'light', split: 'chart' }));
    expect(result.current.presenterState).toBe('open');
    presenter.post({ kind: 'go', index: 3 });
    await vi.waitFor(() => expect(usePresentationStore.getState().index).toBe(3));
    rerender({ index: 3 });
    await vi.waitFor(() => expect(heard).toContainEqual({ kind: 'at', index: 3, count: 4, theme: 'light', split: 'chart' }));
    unmount();
    await vi.waitFor(() => expect(heard).toContainEqual({ kind: 'closed' }));
    presenter.close();
  });

  it('says so when the browser blocks the presenter window', () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    const { result } = renderHook(() => usePresenterWindow({ index: 0, count: 2, theme: 'dark' }));
    act(() => result.current.openPresenter());
    expect(result.current.presenterState).toBe('blocked');
    expect(window.open).toHaveBeenCalledWith(expect.stringContaining('presenter=1'), 'cq-dashboard-presenter', expect.any(String));
  });
});

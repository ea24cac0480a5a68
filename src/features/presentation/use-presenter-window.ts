// The show's side of the presenter view: opens it in a second window, tells it each slide, moves
// when it asks, and tells it when the show closes. A blocked popup is said, not ignored.
import { useEffect, useRef, useState } from 'react';
import type { Theme } from '../../state/display';
import { presentationActions, usePresentationStore } from '../../state/presentation';
import { presenterLink } from '../../state/url';
import { openShowChannel, type ShowChannel } from './show-channel';

export type PresenterWindowState = 'none' | 'open' | 'blocked';

/** The popup's name: a second press focuses (and reloads) the one window rather than opening another. */
const WINDOW_NAME = 'cq-dashboard-presenter';

export function usePresenterWindow({ index, count, theme }: { index: number; count: number; theme: Theme }) {
  const [state, setState] = useState<PresenterWindowState>('none');
  const split = usePresentationStore((s) => s.emptyDeckSplit);
  const channel = useRef<ShowChannel | null>(null);
  const at = useRef({ index, count, theme, split });
  useEffect(() => {
    at.current = { index, count, theme, split };
  });

  useEffect(() => {
    const opened = openShowChannel((message) => {
      if (message.kind === 'go') presentationActions.wentTo(message.index, at.current.count);
      else if (message.kind === 'hello') {
        setState('open');
        opened.post({ kind: 'at', ...at.current });
      } else if (message.kind === 'presenterClosed') setState('none');
    });
    channel.current = opened;
    return () => {
      opened.post({ kind: 'closed' });
      opened.close();
      channel.current = null;
    };
  }, []);

  useEffect(() => channel.current?.post({ kind: 'at', index, count, theme, split }), [index, count, theme, split]);

  const openPresenter = () => {
    const popup = window.open(presenterLink(), WINDOW_NAME, 'popup,width=1280,height=800');
    setState(popup ? 'open' : 'blocked');
  };
  return { presenterState: state, openPresenter, dismissBlocked: () => setState('none') };
}

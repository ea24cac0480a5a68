// The show's side of the presenter view: opens it in a second window, tells it the slides and
// where the show is, moves when it asks, and tells it when the show closes. A blocked popup is
// said, not ignored.
import { useEffect, useRef, useState } from 'react';
import { presentationActions } from '../../state/presentation';
import { presenterLink } from '../../state/url';
import { openShowChannel, type ShowChannel, type ShowMessage } from './show-channel';

export type PresenterWindowState = 'none' | 'open' | 'blocked';

/** The popup's name: a second press focuses (and reloads) the one window rather than opening another. */
const WINDOW_NAME = 'cq-dashboard-presenter';

/** What the presenter view draws: the show's own slides, where it is, and how it looks. */
export type ShowState = Omit<Extract<ShowMessage, { kind: 'at' }>, 'kind'>;

export function usePresenterWindow(show: ShowState) {
  const [state, setState] = useState<PresenterWindowState>('none');
  const channel = useRef<ShowChannel | null>(null);
  const at = useRef(show);
  useEffect(() => {
    at.current = show;
  });

  useEffect(() => {
    const opened = openShowChannel((message) => {
      if (message.kind === 'go') presentationActions.wentTo(message.index, at.current.slides.length + 1);
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

  const { index, slides, isFromDeck, theme, showMilestones } = show;
  useEffect(() => channel.current?.post({ kind: 'at', index, slides, isFromDeck, theme, showMilestones }), [index, slides, isFromDeck, theme, showMilestones]);

  const openPresenter = () => {
    const popup = window.open(presenterLink(), WINDOW_NAME, 'popup,width=1280,height=800');
    setState(popup ? 'open' : 'blocked');
  };
  return { presenterState: state, openPresenter, dismissBlocked: () => setState('none') };
}

// The presenter view, the whole page of a second window the show opens (?presenter=1): the
// current and the next slide, the speaker note, a clock and the slide count. It draws the slides
// the show sends, so both windows have one list. Either window moves both.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../lib/i18n';
import type { DeckSlide } from '../../state/deck';
import { displayActions, useTheme } from '../../state/display';
import { openShowChannel, type ShowChannel } from './show-channel';
import { SlideFrame } from './slide-frame';
import { SLIDE_THEMES } from './slide-theme';
import { SlideView } from './slide-view';
import { TitleSlide } from './title-slide';
import { formatElapsed, useStopwatch } from './use-stopwatch';

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** What the show last said; after it closes, its last slide stays in view. */
interface Link {
  state: 'waiting' | 'live' | 'ended';
  index: number;
  slides: DeckSlide[];
  isFromDeck: boolean;
  showMilestones: boolean;
}
const WAITING: Link = { state: 'waiting', index: 0, slides: [], isFromDeck: false, showMilestones: false };

/** Follows the show over the channel; `go` asks it to move (and moves here at once). */
function useShowLink() {
  const [link, setLink] = useState<Link>(WAITING);
  const channel = useRef<ShowChannel | null>(null);
  useEffect(() => {
    const opened = openShowChannel((message) => {
      if (message.kind === 'at') {
        const { index, slides, isFromDeck, showMilestones, theme } = message;
        setLink({ state: 'live', index, slides, isFromDeck, showMilestones });
        displayActions.themeChanged(theme);
      } else if (message.kind === 'closed') setLink((last) => ({ ...last, state: 'ended' }));
    });
    channel.current = opened;
    opened.post({ kind: 'hello' });
    const sayClosed = () => opened.post({ kind: 'presenterClosed' });
    window.addEventListener('pagehide', sayClosed);
    return () => {
      window.removeEventListener('pagehide', sayClosed);
      sayClosed();
      opened.close();
    };
  }, []);
  // Read and updated at once, so two quick presses move two slides.
  const current = useRef(link);
  useEffect(() => {
    current.current = link;
  }, [link]);
  const go = (to: number) => {
    const now = current.current;
    if (now.state !== 'live') return;
    const next = { ...now, index: Math.min(Math.max(0, to), now.slides.length) };
    current.current = next;
    channel.current?.post({ kind: 'go', index: next.index });
    setLink(next);
  };
  return { link, go };
}

export function PresenterView() {
  const { t } = useTranslation();
  const { link, go } = useShowLink();
  const { index, slides, isFromDeck, showMilestones } = link;
  const theme = useTheme();
  const colors = SLIDE_THEMES[theme];
  const clock = useStopwatch();
  const count = slides.length + 1;
  const title = t('present.presenter.title');
  useEffect(() => {
    document.title = title;
  }, [title]);
  // Latest `go` and index for the key handler, installed once.
  const keys = useRef({ go, index, count });
  useEffect(() => {
    keys.current = { go, index, count };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      // On a focused button Space and Enter press it.
      if (event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter')) return;
      const { go: move, index: at, count: total } = keys.current;
      if (NEXT_KEYS.has(event.key)) move(at + 1);
      else if (PREVIOUS_KEYS.has(event.key)) move(at - 1);
      else if (event.key === 'Home') move(0);
      else if (event.key === 'End') move(total - 1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const slideAt = (at: number): DeckSlide | undefined => (at > 0 ? slides[at - 1] : undefined);
  const drawn = (at: number) => (scale: number) => {
    const slide = slideAt(at);
    return slide ? <SlideView key={slide.id} slide={slide} theme={theme} scale={scale} showMilestones={showMilestones} /> : <TitleSlide count={slides.length} isFromDeck={isFromDeck} scale={scale} theme={theme} />;
  };
  const note = slideAt(index)?.note;
  const isLive = link.state === 'live';
  const button = 'rounded-md border px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-50';
  const buttonStyle = { borderColor: colors.muted, color: colors.text, background: colors.background, outlineColor: colors.accent };

  return (
    <div data-testid="presenter-view" data-theme={theme} className="flex min-h-screen flex-col gap-3 p-4" style={{ background: colors.bar, color: colors.text }}>
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="mr-auto text-xl font-bold">{title}</h1>
        <p className="text-lg font-semibold tabular-nums" data-testid="presenter-counter">
          {t('present.presenter.counter', { n: index + 1, count })}
        </p>
        <p className="flex items-center gap-2">
          <span className="sr-only">{t('present.presenter.timer')}</span>
          <time className="text-2xl font-semibold tabular-nums" data-testid="presenter-timer" dateTime={`PT${Math.floor(clock.elapsed / 1000)}S`}>
            {formatElapsed(clock.elapsed)}
          </time>
        </p>
        <div role="toolbar" aria-label={t('present.presenter.controls')} className="flex flex-wrap gap-2">
          <button type="button" className={button} style={buttonStyle} onClick={clock.pauseToggled}>
            {clock.isRunning ? t('present.presenter.pauseTimer') : t('present.presenter.resumeTimer')}
          </button>
          <button type="button" className={button} style={buttonStyle} onClick={clock.reset}>
            {t('present.presenter.resetTimer')}
          </button>
          <button type="button" className={button} style={buttonStyle} onClick={() => go(index - 1)} disabled={!isLive || index === 0}>
            {t('present.previous')}
          </button>
          <button type="button" className={button} style={buttonStyle} onClick={() => go(index + 1)} disabled={!isLive || index >= count - 1}>
            {t('present.next')}
          </button>
        </div>
      </header>
      {!isLive && (
        <p role="status" className="rounded-md px-3 py-2 text-base" style={{ background: colors.background, color: colors.text }}>
          {t(link.state === 'ended' ? 'present.presenter.ended' : 'present.presenter.waiting')}
        </p>
      )}
      {/* Until the show has said its slides, there is nothing to draw. */}
      {link.state !== 'waiting' && (
        <div className="grid min-h-0 flex-1 gap-4 lg:grid-cols-[3fr_2fr]">
          <section aria-label={t('present.presenter.current')} data-testid="presenter-current" className="flex flex-col gap-1">
            <h2 className="text-sm font-semibold" style={{ color: colors.muted }}>
              {t('present.presenter.current')}
            </h2>
            <SlideFrame colors={colors}>{drawn(index)}</SlideFrame>
          </section>
          <div className="flex min-h-0 flex-col gap-4">
            <section aria-label={t('present.presenter.next')} data-testid="presenter-next" className="flex flex-col gap-1">
              <h2 className="text-sm font-semibold" style={{ color: colors.muted }}>
                {t('present.presenter.next')}
              </h2>
              {index + 1 < count ? (
                <SlideFrame colors={colors}>{drawn(index + 1)}</SlideFrame>
              ) : (
                <p className="flex aspect-video items-center justify-center rounded-md border text-lg" style={{ borderColor: colors.muted, color: colors.muted }}>
                  {t('present.presenter.end')}
                </p>
              )}
            </section>
            <section aria-label={t('present.presenter.note')} data-testid="presenter-note" className="flex flex-col gap-1">
              <h2 className="text-sm font-semibold" style={{ color: colors.muted }}>
                {t('present.presenter.note')}
              </h2>
              <p className="rounded-md p-3 text-xl leading-relaxed whitespace-pre-wrap" style={{ background: colors.background, color: note ? colors.text : colors.muted }}>
                {note || t('present.presenter.noNote')}
              </p>
            </section>
          </div>
        </div>
      )}
    </div>
  );
}

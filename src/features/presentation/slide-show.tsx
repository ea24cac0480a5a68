// The slide show, loaded on first use: a title slide, then one slide per view, full screen where
// the browser allows it, the whole window otherwise.
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from '../../lib/i18n';
import { useIntervalSeconds, useKiosk, useTheme } from '../../state/display';
import { useShowMilestones } from '../../state/filters';
import { presentationActions, usePresentationStore, writePresentParam } from '../../state/presentation';
import { ShowControls } from './show-controls';
import { SLIDE_THEMES } from './slide-theme';
import { SlideView } from './slide-view';
import { TitleSlide } from './title-slide';
import { useShowControls } from './use-show-controls';
import { useShowSlides } from './use-show-slides';
import { usePresenterWindow } from './use-presenter-window';

/** Sizes relative to a 1920 x 1080 screen, by the tighter of the two ratios. */
function useScreenScale() {
  const measure = () => Math.min(window.innerWidth / 1920, window.innerHeight / 1080);
  const [scale, setScale] = useState(measure);
  useEffect(() => {
    const onResize = () => setScale(measure());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return scale;
}

/** The dashboard behind the show is inert; focus goes back where it was when the show closes. */
function useModal() {
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const app = document.getElementById('root');
    app?.setAttribute('inert', '');
    return () => {
      app?.removeAttribute('inert');
      opener?.focus();
    };
  }, []);
}

export function SlideShow() {
  const { t } = useTranslation();
  const { slides, isFromDeck } = useShowSlides();
  const count = slides.length + 1;
  const storedIndex = usePresentationStore((s) => s.index);
  const index = Math.min(storedIndex, count - 1);
  const theme = useTheme();
  const showMilestones = useShowMilestones();
  const kiosk = useKiosk();
  const intervalSeconds = useIntervalSeconds();
  const scale = useScreenScale();
  useModal();
  // The note is the presenter's: off the audience's screen unless asked for (N, or the button).
  const [isNoteShown, setNoteShown] = useState(false);
  const [isControlsForced, setControlsForced] = useState(false);
  const [isFullscreen, setFullscreen] = useState(document.fullscreenElement !== null);
  const isLeavingFullscreenByKey = useRef(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const colors = SLIDE_THEMES[theme];

  const exit = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    presentationActions.closed();
  };
  const toggleFullscreen = () => {
    if (document.fullscreenElement) {
      isLeavingFullscreenByKey.current = true;
      void document.exitFullscreen().catch(() => undefined);
    } else {
      // Refused (no user gesture, an iframe, a policy): the show stays full-window.
      void document.documentElement.requestFullscreen?.().catch(() => undefined);
    }
  };
  const presenter = usePresenterWindow({ index, slides, isFromDeck, theme, showMilestones });
  const { presenterState, dismissBlocked } = presenter;
  const openPresenter = () => {
    // A browser may leave full screen as a window opens: the show then stays, filling its window.
    // One that does not leaves Esc its meaning again a moment later.
    if (document.fullscreenElement) {
      isLeavingFullscreenByKey.current = true;
      window.setTimeout(() => (isLeavingFullscreenByKey.current = false), 1000);
    }
    presenter.openPresenter();
  };
  const isIdle = useShowControls({
    count,
    intervalSeconds,
    onExit: exit,
    onToggleFullscreen: toggleFullscreen,
    onToggleNote: () => setNoteShown((shown) => !shown),
    onToggleControls: () => setControlsForced((forced) => !forced),
    onOpenPresenter: openPresenter,
  });

  // A deep link past the last slide lands on the last one, so ← goes back at once.
  useEffect(() => {
    if (storedIndex > count - 1 && count > 1) presentationActions.wentTo(count - 1, count);
  }, [storedIndex, count]);

  useEffect(() => {
    const onChange = () => {
      const isNow = document.fullscreenElement !== null;
      setFullscreen(isNow);
      // Esc in full screen is taken by the browser; leaving full screen that way leaves the show.
      if (!isNow && !isLeavingFullscreenByKey.current) presentationActions.closed();
      isLeavingFullscreenByKey.current = false;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  useEffect(() => writePresentParam(index), [index]);
  useEffect(() => {
    rootRef.current?.focus();
    return () => writePresentParam(null);
  }, []);

  const slide = index > 0 ? slides[index - 1] : undefined;
  // C shows the controls whatever the kiosk setting, so "nothing" is never a trap.
  const showControls = isControlsForced || (kiosk === 'auto-hide' && !isIdle);
  const showProgress = kiosk !== 'none';
  return createPortal(
    <div
      ref={rootRef}
      role="dialog"
      aria-modal="true"
      aria-label={t('present.dialogLabel')}
      tabIndex={-1}
      data-theme={theme}
      data-testid="slide-show"
      className="fixed inset-0 z-50 flex flex-col outline-none"
      style={{ background: colors.background, color: colors.text, cursor: isIdle && !showControls ? 'none' : 'auto' }}
    >
      {showProgress && (
        <div className="h-1.5 w-full" style={{ background: colors.bar }} aria-hidden="true">
          <div className="h-full transition-[width] motion-reduce:transition-none" style={{ width: `${((index + 1) / count) * 100}%`, background: colors.accent }} />
        </div>
      )}
      <main className="min-h-0 flex-1" style={{ padding: `${48 * scale}px ${72 * scale}px ${24 * scale}px` }} aria-live="polite">
        {slide ? <SlideView key={slide.id} slide={slide} theme={theme} scale={scale} showMilestones={showMilestones} /> : <TitleSlide count={slides.length} isFromDeck={isFromDeck} scale={scale} theme={theme} />}
      </main>
      {presenterState === 'blocked' && (
        <p role="alert" className="mx-auto mb-2 flex max-w-4xl items-center gap-3 rounded px-4 py-2 text-lg" style={{ background: colors.bar, color: colors.text }}>
          {t('present.presenter.blocked')}
          <button type="button" className="rounded-md border px-3 py-1 text-sm" style={{ borderColor: colors.muted }} onClick={dismissBlocked}>
            {t('notice.dismiss')}
          </button>
        </p>
      )}
      {isNoteShown && slide?.note && (
        <aside className="mx-auto mb-2 max-w-4xl rounded px-4 py-2 text-lg" style={{ background: colors.bar, color: colors.text }} data-testid="show-note">
          {slide.note}
        </aside>
      )}
      {showProgress && (
        <p className="absolute right-4 bottom-3 text-lg tabular-nums" style={{ color: colors.muted }} data-testid="slide-counter">
          {index + 1} / {count}
        </p>
      )}
      {showControls && <ShowControls index={index} count={count} isFullscreen={isFullscreen} isNoteShown={isNoteShown} colors={colors} onExit={exit} onToggleFullscreen={toggleFullscreen} onToggleNote={() => setNoteShown(!isNoteShown)} onOpenPresenter={openPresenter} />}
    </div>,
    document.body,
  );
}

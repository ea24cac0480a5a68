// The slide show: full screen where the browser allows it, the whole window otherwise. A title
// slide, then one slide per view. Loaded on first use (React.lazy), so the dashboard's first
// load does not carry it.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIntervalSeconds, useKiosk, useTheme } from '../../state/display';
import { presentationActions, usePresentationStore, writePresentParam } from '../../state/presentation';
import { ShowControls } from './show-controls';
import { SLIDE_THEMES } from './slide-theme';
import { SlideView } from './slide-view';
import { TitleSlide } from './title-slide';
import { useShowControls } from './use-show-controls';
import { useShowSlides } from './use-show-slides';

function useWindowHeight() {
  const [height, setHeight] = useState(window.innerHeight);
  useEffect(() => {
    const onResize = () => setHeight(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}

export function SlideShow() {
  const { t } = useTranslation();
  const { slides, isFromDeck } = useShowSlides();
  const count = slides.length + 1;
  const index = Math.min(usePresentationStore((s) => s.index), count - 1);
  const theme = useTheme();
  const kiosk = useKiosk();
  const intervalSeconds = useIntervalSeconds();
  const height = useWindowHeight();
  const [isNoteShown, setNoteShown] = useState(false);
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
  const isIdle = useShowControls({ count, intervalSeconds, onExit: exit, onToggleFullscreen: toggleFullscreen, onToggleNote: () => setNoteShown((shown) => !shown) });

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
  const showControls = kiosk === 'auto-hide' && !isIdle;
  const showProgress = kiosk !== 'none';
  return (
    <div
      ref={rootRef}
      role="dialog"
      aria-modal="true"
      aria-label={t('present.dialogLabel')}
      tabIndex={-1}
      data-theme={theme}
      data-testid="slide-show"
      className="fixed inset-0 z-50 flex flex-col outline-none"
      style={{ background: colors.background, color: colors.text, cursor: isIdle ? 'none' : 'auto' }}
    >
      {showProgress && (
        <div className="h-1.5 w-full" style={{ background: colors.bar }} aria-hidden="true">
          <div className="h-full transition-[width] motion-reduce:transition-none" style={{ width: `${((index + 1) / count) * 100}%`, background: colors.accent }} />
        </div>
      )}
      <main className="min-h-0 flex-1" style={{ padding: `${(48 * height) / 1080}px ${(72 * height) / 1080}px ${(24 * height) / 1080}px` }} aria-live="polite">
        {slide ? <SlideView key={slide.id} slide={slide} theme={theme} height={height} /> : <TitleSlide count={slides.length} isFromDeck={isFromDeck} height={height} theme={theme} />}
      </main>
      {isNoteShown && slide?.note && (
        <aside className="mx-auto mb-2 max-w-4xl rounded px-4 py-2 text-lg" style={{ background: colors.bar, color: colors.text }}>
          {slide.note}
        </aside>
      )}
      {showProgress && (
        <p className="absolute right-4 bottom-3 text-lg tabular-nums" style={{ color: colors.muted }} data-testid="slide-counter">
          {index + 1} / {count}
        </p>
      )}
      {showControls && <ShowControls index={index} count={count} isFullscreen={isFullscreen} colors={colors} onExit={exit} onToggleFullscreen={toggleFullscreen} onToggleNote={() => setNoteShown(!isNoteShown)} />}
    </div>
  );
}

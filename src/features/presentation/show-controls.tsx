// The show's control bar: previous and next, auto-advance with its interval, the room's theme,
// the kiosk setting, the speaker note on screen (off unless asked), the presenter view, full
// screen and exit. Hidden when the pointer rests.
import { useTranslation } from '../../lib/i18n';
import { KIOSK_MODES, THEMES, displayActions, useIntervalSeconds, useKiosk, useTheme } from '../../state/display';
import { presentationActions, usePresentationStore } from '../../state/presentation';
import type { SlideTheme } from './slide-theme';

const INTERVALS = [5, 10, 20, 30, 60];

interface ShowControlsProps {
  index: number;
  count: number;
  isFullscreen: boolean;
  isNoteShown: boolean;
  colors: SlideTheme;
  onExit: () => void;
  onToggleFullscreen: () => void;
  onToggleNote: () => void;
  onOpenPresenter: () => void;
}

export function ShowControls({ index, count, isFullscreen, isNoteShown, colors, onExit, onToggleFullscreen, onToggleNote, onOpenPresenter }: ShowControlsProps) {
  const { t } = useTranslation();
  const isPlaying = usePresentationStore((s) => s.isPlaying);
  const theme = useTheme();
  const kiosk = useKiosk();
  const intervalSeconds = useIntervalSeconds();
  const button = 'rounded-md border px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2';
  const style = { borderColor: colors.muted, color: colors.text, background: colors.background, outlineColor: colors.accent };
  const select = 'rounded-md border px-2 py-1 text-sm';
  return (
    <div role="toolbar" aria-label={t('present.controls')} className="flex flex-wrap items-center justify-center gap-2 px-4 pb-3" style={{ color: colors.text }}>
      <button type="button" className={button} style={style} onClick={() => presentationActions.wentTo(index - 1, count)} disabled={index === 0}>
        {t('present.previous')}
      </button>
      <button type="button" className={button} style={style} onClick={() => presentationActions.wentTo(index + 1, count)} disabled={index === count - 1}>
        {t('present.next')}
      </button>
      <button type="button" className={button} style={style} aria-pressed={isPlaying} onClick={presentationActions.playToggled}>
        {isPlaying ? t('present.pause') : t('present.play')}
      </button>
      <label className="flex items-center gap-1 text-sm">
        {t('present.interval')}
        <select className={select} style={style} value={intervalSeconds} onChange={(event) => displayActions.intervalChanged(Number(event.target.value))}>
          {INTERVALS.map((seconds) => (
            <option key={seconds} value={seconds}>
              {t('present.seconds', { count: seconds })}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-1 text-sm">
        {t('present.theme')}
        <select className={select} style={style} value={theme} onChange={(event) => displayActions.themeChanged(event.target.value as (typeof THEMES)[number])}>
          {THEMES.map((value) => (
            <option key={value} value={value}>
              {t(`present.themes.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-1 text-sm">
        {t('present.kiosk')}
        <select className={select} style={style} value={kiosk} onChange={(event) => displayActions.kioskChanged(event.target.value as (typeof KIOSK_MODES)[number])}>
          {KIOSK_MODES.map((value) => (
            <option key={value} value={value}>
              {t(`present.kioskModes.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className={button} style={style} aria-pressed={isNoteShown} aria-keyshortcuts="N" onClick={onToggleNote}>
        {t('present.noteOnScreen')}
      </button>
      <button type="button" className={button} style={style} aria-keyshortcuts="S" onClick={onOpenPresenter}>
        {t('present.presenter.open')}
      </button>
      <button type="button" className={button} style={style} aria-pressed={isFullscreen} onClick={onToggleFullscreen}>
        {t('present.fullscreen')}
      </button>
      <button type="button" className={button} style={style} onClick={onExit}>
        {t('present.exit')}
      </button>
    </div>
  );
}

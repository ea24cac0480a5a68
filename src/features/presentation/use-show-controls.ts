// Keys, idle hiding and auto-advance of the slide show. The keys are those presentation
// clickers send (PageDown/PageUp, arrows, Space), plus Home/End, a number then Enter to jump,
// P to pause or resume auto-advance, F for full screen, N for the speaker note, S for the
// presenter view, Esc to leave.
import { useEffect, useRef, useState } from 'react';
import { presentationActions, usePresentationStore } from '../../state/presentation';

const IDLE_MS = 3000;
const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

interface ShowControlOptions {
  count: number;
  intervalSeconds: number;
  onExit: () => void;
  onToggleFullscreen: () => void;
  onToggleNote: () => void;
  onToggleControls: () => void;
  onOpenPresenter: () => void;
}

/** Returns whether the pointer has been still long enough to hide controls and cursor. */
export function useShowControls({ count, intervalSeconds, onExit, onToggleFullscreen, onToggleNote, onToggleControls, onOpenPresenter }: ShowControlOptions) {
  const index = usePresentationStore((s) => s.index);
  const isPlaying = usePresentationStore((s) => s.isPlaying);
  const [isIdle, setIdle] = useState(false);
  const typed = useRef('');
  // The key handler is installed once; it reads the latest options through this ref.
  const options = useRef({ count, onExit, onToggleFullscreen, onToggleNote, onToggleControls, onOpenPresenter });
  useEffect(() => {
    options.current = { count, onExit, onToggleFullscreen, onToggleNote, onToggleControls, onOpenPresenter };
  });

  useEffect(() => {
    const go = (to: number) => presentationActions.wentTo(to, options.current.count);
    const onKey = (event: KeyboardEvent) => {
      // In a text field keys type; on a select only the arrows belong to it, so a clicker's
      // Page Up / Page Down still turns the slide while a setting has focus.
      const field = event.target instanceof HTMLElement ? event.target.closest('input, select, textarea') : null;
      if (field && !(field.tagName === 'SELECT' && (event.key === 'PageDown' || event.key === 'PageUp' || event.key === 'Escape'))) return;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const current = usePresentationStore.getState().index;
      if (/^\d$/.test(event.key)) {
        typed.current = (typed.current + event.key).slice(-3);
        return;
      }
      if (event.key === 'Enter' && typed.current) {
        go(Number(typed.current) - 1);
        typed.current = '';
      } else if (NEXT_KEYS.has(event.key)) go(current + 1);
      else if (PREVIOUS_KEYS.has(event.key)) go(current - 1);
      else if (event.key === 'Home') go(0);
      else if (event.key === 'End') go(options.current.count - 1);
      else if (event.key === 'Escape') options.current.onExit();
      else if (event.key === 'p' || event.key === 'P') presentationActions.playToggled();
      else if (event.key === 'f' || event.key === 'F') options.current.onToggleFullscreen();
      else if (event.key === 'n' || event.key === 'N') options.current.onToggleNote();
      else if (event.key === 'c' || event.key === 'C') options.current.onToggleControls();
      else if (event.key === 's' || event.key === 'S') options.current.onOpenPresenter();
      else return;
      typed.current = '';
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Controls and cursor hide when the pointer rests; Tab wakes them, and keyboard focus keeps them.
  useEffect(() => {
    const sleep = () => {
      if (!document.activeElement?.closest('[role="toolbar"]')) setIdle(true);
      else timer = window.setTimeout(sleep, IDLE_MS);
    };
    let timer = window.setTimeout(sleep, IDLE_MS);
    const wake = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(sleep, IDLE_MS);
    };
    const onKey = (event: KeyboardEvent) => event.key === 'Tab' && wake();
    window.addEventListener('pointermove', wake);
    window.addEventListener('pointerdown', wake);
    window.addEventListener('keydown', onKey);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', wake);
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  // Auto-advance for kiosks: after the last slide it starts again.
  useEffect(() => {
    if (!isPlaying || count === 0) return;
    const timer = window.setTimeout(() => presentationActions.wentTo((index + 1) % count, count), intervalSeconds * 1000);
    return () => window.clearTimeout(timer);
  }, [isPlaying, index, count, intervalSeconds]);

  return isIdle;
}

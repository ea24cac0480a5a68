// The presenter's clock: time since the presenter view opened, which a pause stops and a reset
// sets back to zero. It ticks once a second while running.
import { useEffect, useState } from 'react';

interface Stopwatch {
  /** Time counted before the current run. */
  counted: number;
  /** When the current run began (ms since the epoch); null while paused. */
  runningSince: number | null;
}

/** "4:05", "1:02:09": minutes and seconds, hours once there are any. */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

export function useStopwatch() {
  const [watch, setWatch] = useState<Stopwatch>(() => ({ counted: 0, runningSince: Date.now() }));
  const [now, setNow] = useState(() => Date.now());
  const isRunning = watch.runningSince !== null;
  useEffect(() => {
    if (!isRunning) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [isRunning]);
  const elapsed = watch.counted + (watch.runningSince === null ? 0 : Math.max(0, now - watch.runningSince));
  return {
    elapsed,
    isRunning,
    pauseToggled: () => {
      const at = Date.now();
      setNow(at);
      setWatch((w) => (w.runningSince === null ? { counted: w.counted, runningSince: at } : { counted: w.counted + (at - w.runningSince), runningSince: null }));
    },
    reset: () => {
      const at = Date.now();
      setNow(at);
      setWatch((w) => ({ counted: 0, runningSince: w.runningSince === null ? null : at }));
    },
  };
}

// How the show looks and runs: the room's theme, and the kiosk settings. Remembered locally.
import { create } from 'zustand';

/** Themes for rooms: a bright office, a dark hall, a projector that washes colours out. */
export const THEMES = ['light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

export const KIOSK_MODES = ['auto-hide', 'progress', 'none'] as const;
export type KioskMode = (typeof KIOSK_MODES)[number];

interface DisplayState {
  theme: Theme;
  /** Which controls stay visible: all (hidden when idle), only progress and counter, or none. */
  kiosk: KioskMode;
  /** Seconds per slide when auto-advancing. */
  intervalSeconds: number;
}

const STORAGE_KEY = 'cq-dashboard:display:v1';
const DEFAULTS: DisplayState = { theme: 'light', kiosk: 'auto-hide', intervalSeconds: 10 };

function read(): DisplayState {
  try {
    const raw = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<Record<keyof DisplayState, unknown>>;
    return {
      theme: THEMES.includes(raw.theme as Theme) ? (raw.theme as Theme) : DEFAULTS.theme,
      kiosk: KIOSK_MODES.includes(raw.kiosk as KioskMode) ? (raw.kiosk as KioskMode) : DEFAULTS.kiosk,
      intervalSeconds: typeof raw.intervalSeconds === 'number' && raw.intervalSeconds >= 3 && raw.intervalSeconds <= 600 ? raw.intervalSeconds : DEFAULTS.intervalSeconds,
    };
  } catch {
    return DEFAULTS;
  }
}

export const useDisplayStore = create<DisplayState>()(() => (typeof window === 'undefined' ? DEFAULTS : read()));
useDisplayStore.subscribe((state) => {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // not remembered, still applied
  }
});

export const displayActions = {
  themeChanged: (theme: Theme) => useDisplayStore.setState({ theme }),
  kioskChanged: (kiosk: KioskMode) => useDisplayStore.setState({ kiosk }),
  intervalChanged: (intervalSeconds: number) => useDisplayStore.setState({ intervalSeconds: Math.min(600, Math.max(3, Math.round(intervalSeconds))) }),
};

export const useTheme = () => useDisplayStore((s) => s.theme);
export const useKiosk = () => useDisplayStore((s) => s.kiosk);
export const useIntervalSeconds = () => useDisplayStore((s) => s.intervalSeconds);

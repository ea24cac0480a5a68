// A slide drawn small, at 16:9 in whatever width it is given, scaled as the show scales it to
// its screen: the presenter view's current and next slides.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { SlideTheme } from './slide-theme';

/** The frame's width relative to a 1920 px wide screen; one until measured (or where nothing measures). */
function useWidthScale() {
  const ref = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => entry && setScale(entry.contentRect.width / 1920));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, scale };
}

export function SlideFrame({ colors, children }: { colors: SlideTheme; children: (scale: number) => ReactNode }) {
  const { ref, scale } = useWidthScale();
  return (
    <div ref={ref} className="aspect-video w-full overflow-hidden rounded-md border" style={{ background: colors.background, color: colors.text, borderColor: colors.muted }}>
      <div className="h-full" style={{ padding: `${48 * scale}px ${72 * scale}px ${24 * scale}px` }}>
        {children(scale)}
      </div>
    </div>
  );
}

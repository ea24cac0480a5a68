// An element's width in CSS pixels, kept up to date with a ResizeObserver. Off (undefined, no
// observer, no extra render) when `isEnabled` is false: a seven-year chart has no need to know.
import { useLayoutEffect, useState, type RefObject } from 'react';

export function useElementWidth(ref: RefObject<Element | null>, isEnabled: boolean): number | undefined {
  const [width, setWidth] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!isEnabled || !element) return;
    const update = (next: number) => {
      // Whole pixels: sub-pixel jitter during a resize would redraw for nothing.
      if (next > 0) setWidth(Math.round(next));
    };
    update(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const last = entries.at(-1);
      if (last) update(last.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, isEnabled]);
  return isEnabled ? width : undefined;
}

// Closes a <details> used as a dropdown the way a reader expects a popup to close: Escape
// (focus returns to its summary), a click or focus outside it. Focus that lands on an ancestor
// (a press on the picker's text focuses the nearest focusable one, <main tabindex=-1>) is not
// outside: closing the details in that focusin, mid-mousedown, also crashes Chromium's renderer.
import { useEffect, type RefObject } from 'react';

export function useDismissDisclosure(ref: RefObject<HTMLDetailsElement | null>) {
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const close = () => {
      details.open = false;
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && details.open) {
        close();
        details.querySelector('summary')?.focus();
      }
    };
    const onPointer = (event: Event) => {
      if (details.open && !details.contains(event.target as Node)) close();
    };
    const onFocus = (event: Event) => {
      const target = event.target as Node;
      if (details.open && !details.contains(target) && !target.contains(details)) close();
    };
    details.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('focusin', onFocus);
    return () => {
      details.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('focusin', onFocus);
    };
  }, [ref]);
}

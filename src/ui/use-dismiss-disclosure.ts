// Closes a <details> used as a dropdown the way a reader expects a popup to close: Escape
// (focus returns to its summary), a click or focus outside it.
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
    const onOutside = (event: Event) => {
      if (details.open && !details.contains(event.target as Node)) close();
    };
    details.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onOutside);
    document.addEventListener('focusin', onOutside);
    return () => {
      details.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onOutside);
      document.removeEventListener('focusin', onOutside);
    };
  }, [ref]);
}

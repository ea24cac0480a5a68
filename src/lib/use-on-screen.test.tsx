import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useOnScreen } from './use-on-screen';

function Probe() {
  const ref = useRef<HTMLDivElement>(null);
  const isOnScreen = useOnScreen(ref);
  return <div ref={ref}>{isOnScreen ? 'on screen' : 'off screen'}</div>;
}

let report: ((isIntersecting: boolean) => void) | undefined;
class FakeIntersectionObserver {
  constructor(callback: IntersectionObserverCallback) {
    report = (isIntersecting) => callback([{ isIntersecting } as IntersectionObserverEntry], this as unknown as IntersectionObserver);
  }
  observe() {}
  disconnect = vi.fn();
}

afterEach(() => {
  vi.unstubAllGlobals();
  report = undefined;
});

describe('useOnScreen', () => {
  it('counts an element as on screen where IntersectionObserver is missing', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<Probe />);
    expect(screen.getByText('on screen')).toBeInTheDocument();
  });

  it('follows what the observer reports, on screen until it first reports', () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    render(<Probe />);
    expect(screen.getByText('on screen')).toBeInTheDocument();
    act(() => report?.(false));
    expect(screen.getByText('off screen')).toBeInTheDocument();
    act(() => report?.(true));
    expect(screen.getByText('on screen')).toBeInTheDocument();
  });
});

import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatElapsed, useStopwatch } from './use-stopwatch';

describe('formatElapsed', () => {
  it.each([
    [0, '0:00'],
    [59_999, '0:59'],
    [245_000, '4:05'],
    [3_729_000, '1:02:09'],
  ])('%i ms reads %s', (ms, text) => expect(formatElapsed(ms)).toBe(text));
});

describe('useStopwatch', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-01-01T10:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('counts while running, stands still while paused, and resets to zero', () => {
    const { result } = renderHook(() => useStopwatch());
    act(() => vi.advanceTimersByTime(65_000));
    expect(formatElapsed(result.current.elapsed)).toBe('1:05');
    act(() => result.current.pauseToggled());
    act(() => vi.advanceTimersByTime(30_000));
    expect(result.current.isRunning).toBe(false);
    expect(formatElapsed(result.current.elapsed)).toBe('1:05');
    act(() => result.current.pauseToggled());
    act(() => vi.advanceTimersByTime(10_000));
    expect(formatElapsed(result.current.elapsed)).toBe('1:15');
    act(() => result.current.reset());
    expect(formatElapsed(result.current.elapsed)).toBe('0:00');
    act(() => vi.advanceTimersByTime(3_000));
    expect(formatElapsed(result.current.elapsed)).toBe('0:03');
  });
});

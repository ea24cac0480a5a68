import { render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import type { DomainId } from '../../api/contract';
import { useIsLeadingPanel } from './leading-panel';

function Panel({ domain, isOnScreen, isFirstShown = true, log }: { domain: DomainId; isOnScreen: boolean; isFirstShown?: boolean; log?: string[] }) {
  const ref = useRef<HTMLElement>(null);
  const isLeading = useIsLeadingPanel(domain, ref, isOnScreen, isFirstShown);
  log?.push(`${domain}:${isLeading}`);
  return <section ref={ref} data-testid={domain} data-leading={String(isLeading)} />;
}

const leading = () => ['macro', 'nev', 'electronics'].filter((id) => screen.queryByTestId(id)?.dataset.leading === 'true');

describe('useIsLeadingPanel', () => {
  it('leads with the first panel on screen in reading order, and hands over when it scrolls away', () => {
    const page = (macroOnScreen: boolean) => (
      <>
        <Panel domain="macro" isOnScreen={macroOnScreen} />
        <Panel domain="nev" isOnScreen />
        <Panel domain="electronics" isOnScreen={false} />
      </>
    );
    const { rerender, unmount } = render(page(true));
    expect(leading()).toEqual(['macro']);
    rerender(page(false));
    expect(leading()).toEqual(['nev']);
    unmount();
  });

  it('lets only the first panel on the page lead in the first render, before any has registered', () => {
    const log: string[] = [];
    const { unmount } = render(
      <>
        <Panel domain="macro" isOnScreen log={log} />
        <Panel domain="nev" isOnScreen isFirstShown={false} log={log} />
      </>,
    );
    expect(log.slice(0, 2)).toEqual(['macro:true', 'nev:false']);
    expect(leading().filter((id) => id !== 'electronics')).toEqual(['macro']);
    unmount();
  });
});

import { render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import type { DomainId } from '../../api/contract';
import { useIsLeadingPanel } from './leading-panel';

function Panel({ domain, isOnScreen }: { domain: DomainId; isOnScreen: boolean }) {
  const ref = useRef<HTMLElement>(null);
  const isLeading = useIsLeadingPanel(domain, ref, isOnScreen);
  return <section ref={ref} data-testid={domain} data-leading={String(isLeading)} />;
}

const leading = () => ['macro', 'nev', 'electronics'].filter((id) => screen.getByTestId(id).dataset.leading === 'true');

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
});

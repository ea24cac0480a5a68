// A menu opens on the side of its button that keeps it on screen, and draws on the theme's colours.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MenuButton } from './menu-button';

const items = [{ id: 'png', label: 'PNG image', onSelect: () => undefined }];

function placeButton(left: number, right: number, screenWidth: number) {
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(220);
  vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(screenWidth);
  vi.spyOn(HTMLButtonElement.prototype, 'getBoundingClientRect').mockReturnValue({ left, right, top: 0, bottom: 30, width: right - left, height: 30, x: left, y: 0, toJSON: () => ({}) });
}

describe('MenuButton', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lines up with the button’s end where the menu fits there', async () => {
    placeButton(300, 380, 390);
    render(<MenuButton label="Export" items={items} />);
    await userEvent.click(screen.getByRole('button', { name: /Export/ }));
    expect(screen.getByRole('menu')).toHaveClass('right-0');
  });

  it('lines up with the button’s start where its end would push the menu off a narrow screen', async () => {
    placeButton(20, 100, 390);
    render(<MenuButton label="Export" items={items} />);
    await userEvent.click(screen.getByRole('button', { name: /Export/ }));
    expect(screen.getByRole('menu')).toHaveClass('left-0');
  });

  it('draws on the theme’s popup colours, not a fixed white', async () => {
    placeButton(300, 380, 390);
    render(<MenuButton label="Export" items={items} />);
    await userEvent.click(screen.getByRole('button', { name: /Export/ }));
    expect(screen.getByRole('menu')).toHaveClass('bg-(--popup-bg)');
    expect(screen.getByRole('menu').className).not.toMatch(/bg-white/);
  });
});

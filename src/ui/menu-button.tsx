// A button that opens a menu (WAI-ARIA menu button pattern): Enter, Space or ArrowDown opens it
// and focuses the first item, arrows move, Home/End jump, Escape closes and returns focus. Its
// colours follow the theme it opens over (styles.css, --popup-*).
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuItem {
  id: string;
  label: string;
  onSelect: () => void;
  /** Set for one of a group of choices (menuitemradio): true for the one in force. */
  checked?: boolean;
  /** A line above the item, to set a group apart. */
  hasSeparatorBefore?: boolean;
}

interface MenuButtonProps {
  label: ReactNode;
  /** Accessible name when the visible label is not enough ("Export NEV production"). */
  ariaLabel?: string;
  items: MenuItem[];
  /** Called on every opening, e.g. to start loading the code the items need. */
  onOpen?: () => void;
  /** Class of the menu's list, e.g. a wider one for long item labels. */
  menuClassName?: string;
  /** The side of the button the menu lines up with: 'start' for a button at the left of a bar. */
  align?: 'start' | 'end';
}

export function MenuButton({ label, ariaLabel, items, onOpen, menuClassName = 'min-w-52', align = 'end' }: MenuButtonProps) {
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLLIElement | null)[]>([]);
  const menuId = useId();
  const menuRef = useRef<HTMLUListElement>(null);
  // The side the menu lines up with: `align`, unless the menu would then leave the screen (a
  // button at the left of a narrow screen) and fits on the other side.
  const [side, setSide] = useState(align);
  useLayoutEffect(() => {
    const menu = menuRef.current;
    const button = buttonRef.current;
    if (!isOpen || !menu || !button) return;
    const { left, right } = button.getBoundingClientRect();
    const fitsEnd = right - menu.offsetWidth >= 0;
    const fitsStart = left + menu.offsetWidth <= document.documentElement.clientWidth;
    setSide(align === 'end' ? (fitsEnd || !fitsStart ? 'end' : 'start') : fitsStart || !fitsEnd ? 'start' : 'end');
  }, [isOpen, align]);

  useEffect(() => {
    if (isOpen) itemRefs.current[active]?.focus();
  }, [isOpen, active]);

  useEffect(() => {
    if (!isOpen) return;
    const close = (event: PointerEvent) => {
      if (!buttonRef.current?.parentElement?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [isOpen]);

  const open = (index = 0) => {
    onOpen?.();
    setActive(index);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const select = (item: MenuItem) => {
    close();
    item.onSelect();
  };

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      open(event.key === 'ArrowDown' ? 0 : items.length - 1);
    }
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const moves: Partial<Record<string, number>> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: items.length - 1 };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      setActive((target + items.length) % items.length);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      setOpen(false);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const item = items[active];
      if (item) select(item);
    }
  };

  return (
    <div className="relative inline-block">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={isOpen}
        aria-controls={isOpen ? menuId : undefined}
        aria-label={ariaLabel}
        className="inline-flex items-center gap-1 rounded-md border border-(--popup-control-border) bg-(--popup-bg) px-2.5 py-1 text-sm font-medium text-(--popup-text) hover:bg-(--popup-hover) focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
        onClick={() => (isOpen ? setOpen(false) : open())}
        onKeyDown={onButtonKey}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {isOpen && (
        <ul
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={ariaLabel}
          tabIndex={-1}
          onKeyDown={onMenuKey}
          className={`absolute ${side === 'end' ? 'right-0' : 'left-0'} z-30 mt-1 rounded-md border border-(--popup-border) bg-(--popup-bg) py-1 shadow-lg ${menuClassName}`}
        >
          {items.map((item, index) => (
            // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- menuitem or menuitemradio, both interactive; the rule cannot read a role chosen at run time
            <li
              key={item.id}
              ref={(node) => {
                itemRefs.current[index] = node;
              }}
              role={item.checked === undefined ? 'menuitem' : 'menuitemradio'}
              aria-checked={item.checked}
              tabIndex={index === active ? 0 : -1}
              className={`cursor-pointer px-3 py-1.5 text-sm text-(--popup-text) outline-none hover:bg-(--popup-hover) focus:bg-(--popup-focus) focus:text-(--popup-focus-text) ${item.hasSeparatorBefore ? 'mt-1 border-t border-(--popup-border) pt-2' : ''}`}
              onClick={() => select(item)}
              onKeyDown={(event) => event.key === 'Tab' && setOpen(false)}
              onMouseEnter={() => setActive(index)}
            >
              {item.checked !== undefined && (
                <span aria-hidden="true" className="inline-block w-4">
                  {item.checked ? '✓' : ''}
                </span>
              )}
              {item.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

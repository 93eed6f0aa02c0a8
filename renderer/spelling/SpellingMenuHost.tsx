import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../api/ApiClientContext';
import { spellingCacheFor, type SpellingMenuRequest } from './SpellingCache';
import './spelling.css';

interface OpenMenu {
  request: SpellingMenuRequest;
  /** Null while the services look for suggestions. */
  suggestions: string[] | null;
  failed: boolean;
}

/**
 * The one spelling menu of the window (right-click or F7 on an underlined word, in the body,
 * headline or lede): the dictionary's suggestions, then "add to the desk dictionary" and
 * "ignore". Escape, a click elsewhere or a choice closes it and gives the focus back.
 */
export function SpellingMenuHost() {
  const { t } = useTranslation();
  const cache = spellingCacheFor(useApiClient());
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState({ left: 0, top: 0 });

  useEffect(
    () =>
      cache.onMenu((request) => {
        setMenu({ request, suggestions: null, failed: false });
        void cache
          .suggest(request.word)
          .then((suggestions) =>
            setMenu((open) => (open?.request === request ? { ...open, suggestions } : open)),
          );
      }),
    [cache],
  );

  // Kept inside the viewport, below the word when there is room, above it otherwise.
  useLayoutEffect(() => {
    const element = menuRef.current;
    if (!menu || !element) return;
    const { width, height } = element.getBoundingClientRect();
    const left = Math.max(8, Math.min(menu.request.x, window.innerWidth - width - 8));
    const below = menu.request.y + 4;
    const top =
      below + height <= window.innerHeight - 8 ? below : Math.max(8, menu.request.y - height - 24);
    setPosition({ left, top });
  }, [menu]);

  useEffect(() => {
    if (!menu) return;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [menu]);

  useEffect(() => {
    if (!menu) return;
    const closeOnOutside = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) setMenu(null);
    };
    document.addEventListener('pointerdown', closeOnOutside, true);
    return () => document.removeEventListener('pointerdown', closeOnOutside, true);
  }, [menu]);

  if (!menu) return null;
  const { request, suggestions } = menu;
  const close = () => {
    setMenu(null);
    request.restoreFocus();
  };
  const choose = (replacement: string) => {
    setMenu(null);
    request.restoreFocus();
    request.replace(replacement);
  };
  const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const step = event.key === 'ArrowDown' ? 1 : -1;
    items[(index + step + items.length) % items.length]?.focus();
  };

  return (
    <div
      ref={menuRef}
      className="spelling-menu"
      role="menu"
      aria-label={t('spelling.menu', { word: request.word })}
      style={position}
      onKeyDown={moveFocus}
    >
      {suggestions === null && <p className="spelling-menu-note">{t('spelling.looking')}</p>}
      {suggestions?.length === 0 && (
        <p className="spelling-menu-note">{t('spelling.noSuggestions')}</p>
      )}
      {suggestions?.map((suggestion) => (
        <button
          key={suggestion}
          type="button"
          role="menuitem"
          className="spelling-suggestion"
          onClick={() => choose(suggestion)}
        >
          {suggestion}
        </button>
      ))}
      <hr />
      {menu.failed && (
        <p className="spelling-menu-note" role="alert">
          {t('spelling.addFailed')}
        </p>
      )}
      <button
        type="button"
        role="menuitem"
        onClick={() => {
          void cache.addToDictionary(request.word).then((added) => {
            if (added) close();
            else setMenu((open) => (open ? { ...open, failed: true } : open));
          });
        }}
      >
        {t('spelling.addToDictionary')}
      </button>
      <button
        type="button"
        role="menuitem"
        onClick={() => {
          cache.ignore(request.word);
          close();
        }}
      >
        {t('spelling.ignore')}
      </button>
    </div>
  );
}

import { observeElementRect, type Rect, type Virtualizer } from '@tanstack/react-virtual';

const storageKey = 'galley:libraryListInset';
/** The window's height less the list's at 1440×900 and 1280×900, in English and Russian. */
const defaultInset = 320;
let keptInset: number | null = null;

function listInset(): number {
  if (keptInset === null) {
    const stored = Number(localStorage.getItem(storageKey));
    keptInset = stored > 0 ? stored : defaultInset;
  }
  return keptInset;
}

/**
 * The list's size before it has been laid out: the window's height less what the panel puts
 * above and below it (search, filters, sort), as last measured in this profile. When this is
 * right the first render's rows are the ones in view; when it is not, the virtualiser's own
 * measurement, in a layout effect, renders the list a second time before the first frame.
 */
export function listFirstRect(): Rect {
  return { width: 0, height: Math.max(0, window.innerHeight - listInset()) };
}

/**
 * TanStack's element observer, keeping the inset from the first size it reports: the panel as a
 * page load shows it (later sizes may have the filters open, which a load never has).
 */
export function observeListRect(
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: Rect) => void,
): ReturnType<typeof observeElementRect> {
  let first = true;
  return observeElementRect(instance, (rect) => {
    // A hidden list measures 0: that says nothing about the panel.
    if (first && rect.height > 0) {
      const inset = window.innerHeight - rect.height;
      if (inset > 0) {
        keptInset = inset;
        if (localStorage.getItem(storageKey) !== String(inset))
          localStorage.setItem(storageKey, String(inset));
      }
    }
    first = false;
    cb(rect);
  });
}

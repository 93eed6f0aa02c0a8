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
 * The list's height before it has been laid out: the window's height less what the panel puts
 * above and below it (search, filters, sort), as last measured in this profile. When this is
 * right the first render's rows are the ones in view; when it is not, the list's first size
 * report renders it a second time before the first frame.
 */
export function listFirstHeight(): number {
  return Math.max(0, window.innerHeight - listInset());
}

/**
 * Keeps the inset from the list's first reported height: the panel as a page load shows it (later
 * sizes may have the filters open, which a load never has).
 */
export function keepListInset(height: number): void {
  // A hidden list measures 0: that says nothing about the panel.
  if (height <= 0) return;
  const inset = window.innerHeight - height;
  if (inset <= 0) return;
  keptInset = inset;
  if (localStorage.getItem(storageKey) !== String(inset))
    localStorage.setItem(storageKey, String(inset));
}

import { expect, type Locator } from '@playwright/test';

/**
 * A focused field a person can see: its box lies inside the viewport, and the point at its
 * centre is the field itself (or inside it), not the sticky toolbar or anything else on top.
 */
export async function expectFocusedFieldInView(field: Locator): Promise<void> {
  await expect(field).toBeFocused();
  const placement = await field.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const top = document.elementFromPoint(centre.x, centre.y);
    return {
      isInsideViewport:
        box.top >= 0 &&
        box.left >= 0 &&
        box.bottom <= window.innerHeight &&
        box.right <= window.innerWidth &&
        box.width > 0 &&
        box.height > 0,
      isOnTop: top !== null && (top === element || element.contains(top)),
      coveredBy: top ? `${top.tagName.toLowerCase()}.${top.className}` : 'nothing',
    };
  });
  expect(placement.isInsideViewport, 'the field lies inside the viewport').toBe(true);
  expect(placement.isOnTop, `the field is not covered (top: ${placement.coveredBy})`).toBe(true);
}

// Keyboard alone, in a real Chromium: from the Overview through the navigation to the Members directory, a
// search, a Member's scorecard and a chart's Download menu, with a visible focus ring at every stop (issue 7).
import { expect, test, type Page } from '@playwright/test';

interface Focused {
  readonly tag: string;
  readonly role: string | null;
  readonly text: string;
  /** The outline or box-shadow that shows where focus is; empty when there is none. */
  readonly ring: string;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { tag: 'body', role: null, text: '', ring: '' };
    const ringOf = (node: Element) => {
      const style = getComputedStyle(node);
      if (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) {
        return `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`;
      }
      return style.boxShadow === 'none' ? '' : style.boxShadow;
    };
    // A field's ring may be drawn by its box (`:focus-within`), e.g. a search field with its clear button.
    const ringed = [element, element.parentElement, element.parentElement?.parentElement].find(
      (node): node is Element => node instanceof Element && ringOf(node) !== '',
    );
    return {
      tag: element.tagName.toLowerCase(),
      role: element.getAttribute('role'),
      text: (
        element.getAttribute('aria-label') ?? (element instanceof HTMLElement ? element.innerText : element.textContent)
      )
        .trim()
        .slice(0, 80),
      ring: ringed ? ringOf(ringed) : '',
    };
  });
}

/** Presses `key` until the focused element matches; every element passed on the way must show its focus. */
async function moveFocusTo(page: Page, key: 'Tab' | 'Shift+Tab', match: (stop: Focused) => boolean, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const stop = await focused(page);
    expect(stop.ring, `focus is visible on <${stop.tag}> "${stop.text}"`).not.toBe('');
    if (match(stop)) return stop;
  }
  throw new Error(`No focusable element matched after ${max} presses of ${key}`);
}

async function expectFocusVisible(page: Page) {
  const stop = await focused(page);
  expect(stop.ring, `focus is visible on <${stop.tag}> "${stop.text}"`).not.toBe('');
  return stop;
}

test('from the Overview to a scorecard and a chart download, by keyboard alone', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');

  // The skip link comes first, and shows itself when focused.
  const skip = await moveFocusTo(page, 'Tab', (stop) => stop.tag === 'a');
  expect(skip.text).toBe('Skip to main content');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeInViewport();

  // Through the header to the navigation's Members link.
  await moveFocusTo(page, 'Tab', (stop) => stop.tag === 'a' && stop.text === 'Members');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/members$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // To the search field; typing filters the directory.
  await moveFocusTo(page, 'Tab', (stop) => stop.tag === 'input');
  // A typist's pace: the directory keeps the query in the link, and keys faster than a render can be lost.
  await page.keyboard.type('ivoire', { delay: 80 });
  await expect(page.getByRole('link', { name: "Côte d'Ivoire" })).toBeVisible();

  // On to the one Member left, then open its scorecard.
  await moveFocusTo(page, 'Tab', (stop) => stop.tag === 'a' && stop.text === "Côte d'Ivoire");
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/members\/CIV$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText("Côte d'Ivoire");

  // The first chart's Download menu: Enter opens it, the arrows move through PNG, SVG and CSV.
  // (Past the page's "Download PDF" button: a chart's menu button reads "Download ▾".)
  await moveFocusTo(page, 'Tab', (stop) => stop.tag === 'button' && /^Download\s*▾/.test(stop.text));
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await expect(page.getByRole('menuitem').first()).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem').nth(1)).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press('ArrowUp');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.png$/);
  await expect(menu).toBeHidden();

  // Escape-free return path: Shift+Tab walks back up the page with focus still visible.
  await moveFocusTo(page, 'Shift+Tab', (stop) => stop.tag === 'a' && stop.text === 'Members');
});

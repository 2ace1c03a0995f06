// Watches a page for Content-Security-Policy violations (DESIGN §7) and page errors, for the specs that use
// the app and must break none of its policy.
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/**
 * Watches a page for policy violations: the `securitypolicyviolation` events of each document (kept in a window
 * array, read before the page is left), console messages about the policy, and page errors.
 */
export async function watchPolicy(page: Page) {
  const violations: string[] = [];
  const problems: string[] = [];
  await page.addInitScript(() => {
    const seen: string[] = [];
    window.cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.documentURI}`);
    });
  });
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  /** Moves the current document's violations into `violations`. */
  const collect = async () => {
    violations.push(...(await page.evaluate(() => window.cspViolations ?? [])));
    await page.evaluate(() => window.cspViolations?.splice(0));
  };
  return { violations, problems, collect };
}

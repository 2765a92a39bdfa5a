import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.1 level A and AA, as axe-core knows them. */
const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeFinding {
  screen: string;
  rule: string;
  impact: string | null | undefined;
  targets: string[];
}

/** What AxeBuilder injects into a page that holds axe-core already (see below). */
const axeAlreadyInPage = ';';

/**
 * Runs axe-core on what is on screen now; returns one finding per violated rule.
 * Two things took most of each check's time: by default axe gathers the frames' results in a
 * new blank page (legacy mode runs it in the page itself; the app has no frames), and its
 * 560 KB source was sent and compiled again for every screen of the same page. Both ways gave
 * the same results on all 43 screens of the mapping.
 */
export async function axeViolations(page: Page, screen: string): Promise<AxeFinding[]> {
  const inPage = await page.evaluate(() => 'axe' in window);
  const builder = new AxeBuilder({ page, ...(inPage ? { axeSource: axeAlreadyInPage } : {}) });
  const results = await builder.withTags(wcag21aa).setLegacyMode().analyze();
  return results.violations.map((violation) => ({
    screen,
    rule: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/** True when the page needs no sideways scrolling at its current width (WCAG 1.4.10 reflow). */
export async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1);
}

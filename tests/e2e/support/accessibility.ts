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

/** Runs axe-core on what is on screen now; returns one finding per violated rule. */
export async function axeViolations(page: Page, screen: string): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page }).withTags(wcag21aa).analyze();
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

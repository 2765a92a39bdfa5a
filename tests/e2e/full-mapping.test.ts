import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appLocales } from '../../src/domain/app-locales';
import { axeViolations, fitsWidth, type AxeFinding } from './support/accessibility';
import { norwegianWords, walkAboutYou, walkInterestsAndWishes, walkLists } from './support/mapping-walk';
import { logInWithCode, phone, startMapping, storedDraftContent, tablet, waitForOfflineReady } from './support/pages';
import { codeForPage, staffOf } from './support/workspace';
import { mappingOnServer } from './support/kompass-server';
import { startRig, type Rig } from './support/rig';

let rig: Rig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(() => rig?.close());

describe('the whole mapping on a phone', () => {
  it('is filled in offline, survives a reload mid-way, is submitted, and reaches the server exactly as it was', async () => {
    const context = await rig.browser.newContext(phone);
    const page = await context.newPage();
    const findings: AxeFinding[] = [];
    const screens: string[] = [];
    const check = async (name: string) => {
      screens.push(name);
      findings.push(...(await axeViolations(page, name)));
    };

    await page.goto(rig.server.url);
    await waitForOfflineReady(page);
    await context.setOffline(true);
    await page.reload();
    await page.locator('.language-option').first().waitFor();
    await check('language-choice');
    await page.getByRole('button', { name: 'Norsk bokmål', exact: true }).click();
    await page.locator('.code-login').waitFor();
    await check('login-code');
    const participant = await codeForPage(rig.server.url);
    await logInWithCode(page, participant.code);
    await page.locator('.letter').waitFor();
    await check('letter');
    await page.getByRole('button', { name: 'Jeg har lest eller hørt informasjonen', exact: true }).click();

    const walk = { page, onScreen: check };
    await walkAboutYou(walk);
    await walkLists(walk, norwegianWords);

    // Mid-way, the page is reloaded (offline): the same question comes back, answers intact.
    const question = await page.locator('h2.question-title').textContent();
    const before = await storedDraftContent(page);
    await page.reload();
    await expect.poll(() => page.locator('h2.question-title').textContent()).toBe(question);
    expect(await storedDraftContent(page)).toEqual(before);

    await walkInterestsAndWishes(walk, norwegianWords);
    await page.getByRole('button', { name: 'Send inn', exact: true }).click();
    await check('submit-confirm');
    await page.getByRole('button', { name: 'Ja, send inn', exact: true }).click();
    await page.locator('.receipt').waitFor();
    await check('receipt');
    expect(await page.getByTestId('receipt-state').textContent()).toContain('blir sendt av seg selv');

    const id = participant.mappingId;
    const { guide } = await staffOf(rig.server);
    expect(await mappingOnServer(rig.server.url, id, guide)).toBeNull();
    await context.setOffline(false);
    await expect.poll(() => page.getByTestId('receipt-state').getAttribute('data-state'), { timeout: 20_000 }).toBe('sent');
    await check('receipt-sent');

    const onDevice = await storedDraftContent(page);
    const stored = (await mappingOnServer(rig.server.url, id, guide))!;
    expect(stored.content).toEqual(onDevice);
    expect(stored.content).toMatchObject({
      aboutYou: { citizenship: 'SY', gender: 'female', birthYear: 1987 },
      schooling: [{ level: '3', field: 'Elektrofag', country: 'SY', years: 12, completed: true, documentation: false }],
      work: [{ occupation: 'Snekker', isco: '7115', country: 'SY', years: 8, employment: 'self_employed', tasks: 'Bygde hus og tak' }],
      activities: { hasDrivingLicence: true, drivingLicenceClasses: ['B'], computerSkills: 'a_little' },
      wishes: { goal: 'both', text: 'Jeg vil bli tømrer i Norge' },
    });
    expect(stored.content.languages).toHaveLength(2);
    expect(stored.content.submittedAt).toMatch(/^\d{4}-/);
    const revisions = stored.revisions.map((entry: { revision: number }) => entry.revision);
    expect(new Set(revisions).size).toBe(revisions.length);

    console.log(`axe (WCAG 2.1 AA) on ${screens.length} phone screens: ${findings.length} violations`);
    expect(findings).toEqual([]);
    await context.close();
  });

  it('works at 200% text size and 200% zoom without sideways scrolling, and passes axe in right-to-left Arabic', async () => {
    await twoAtATime([
      // A phone's "text size 200%" setting: the layout keeps its 390 px, the text doubles.
      ['phone, text 200%', phone, '225%'],
      // 200% browser zoom on a tablet lays out 1024 px as 512 CSS px.
      ['tablet, zoom 200%', { ...tablet, viewport: { width: 512, height: 384 }, deviceScaleFactor: 2 }, null],
      // The narrowest width WCAG 2.1 asks content to reflow into (1.4.10).
      ['320 px wide', { ...phone, viewport: { width: 320, height: 640 } }, null],
    ] as const, async ([name, options, textSize]) => {
      // The app's CSP (style-src 'self') refuses an inline style; the phone's own text-size
      // setting is no page style, so only this context lets the stand-in for it through.
      const context = await rig.browser.newContext(textSize ? { ...options, bypassCSP: true } : options);
      if (textSize) {
        await context.addInitScript((size) => {
          document.addEventListener('DOMContentLoaded', () => {
            const style = document.createElement('style');
            style.textContent = `:root { font-size: ${size} !important; }`;
            document.head.append(style);
          });
        }, textSize);
      }
      const page = await context.newPage();
      const overflowing: string[] = [];
      const onScreen = async (screen: string) => {
        if (!(await fitsWidth(page))) overflowing.push(screen);
      };
      await page.goto(rig.server.url);
      if (textSize) expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(`${(16 * parseFloat(textSize)) / 100}px`);
      await startMapping(page);
      await walkAboutYou({ page, onScreen });
      await walkLists({ page, onScreen }, norwegianWords);
      await walkInterestsAndWishes({ page, onScreen }, norwegianWords);
      expect(overflowing, `${name}: screens wider than the window`).toEqual([]);
      await context.close();
    });

    const context = await rig.browser.newContext(tablet);
    const page = await context.newPage();
    await page.goto(rig.server.url);
    await startMapping(page, { endonym: 'العربية', confirm: await arabicConfirm() });
    const findings: AxeFinding[] = [];
    await walkAboutYou({ page, onScreen: async (screen) => void findings.push(...(await axeViolations(page, `ar-${screen}`))) });
    expect(findings).toEqual([]);
    await context.close();
  });
});

describe('in every language', () => {
  it('fits every screen of the mapping on a 390 px phone, without sideways scrolling', async () => {
    const context = await rig.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(rig.server.url);
    await startMapping(page);
    /** Switches the language as a person would: the page says its language once the screen is whole in it. */
    const showIn = async (code: string) => {
      await page.selectOption('.language-switch select', code);
      await page.waitForFunction((code) => document.documentElement.lang === code, code);
      await page.evaluate(() => document.fonts.ready);
    };
    // One walk, each screen shown in every language in turn (a person may switch on any screen):
    // fourteen walks, one per language, took twice as long.
    const overflowing: string[] = [];
    const onScreen = async (screen: string) => {
      for (const { code } of appLocales) {
        await showIn(code);
        if (!(await fitsWidth(page))) overflowing.push(`${code} ${screen}`);
      }
    };
    await walkAboutYou({ page, onScreen });
    await walkLists({ page, onScreen }, norwegianWords);
    await walkInterestsAndWishes({ page, onScreen }, norwegianWords);
    expect(overflowing).toEqual([]);
    await context.close();
  }, 300_000);
});

describe('by keyboard alone', () => {
  it('answers, moves on and adds a list entry without a pointer', async () => {
    const context = await rig.browser.newContext(tablet);
    const page = await context.newPage();
    await page.goto(rig.server.url);
    await startMapping(page);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '');
    /** Presses Tab until the element with this accessible text has focus. */
    const tabTo = async (text: string) => {
      for (let presses = 0; presses < 40; presses += 1) {
        await page.keyboard.press('Tab');
        if ((await focused()) === text || (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent?.trim() ?? '')) === text) return;
      }
      throw new Error(`Tab never reached "${text}"`);
    };
    const tabToSelector = async (selector: string) => {
      for (let presses = 0; presses < 40; presses += 1) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((css) => document.activeElement?.matches(css) ?? false, selector)) return;
      }
      throw new Error(`Tab never reached ${selector}`);
    };

    // The question's title has focus; the search box is next in line.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Statsborgerskap');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('eritr');
    await expect.poll(() => page.locator('.search-picker input[type=radio]').count()).toBe(1);
    await page.getByRole('radio', { name: 'Eritrea', exact: true }).waitFor();
    await tabTo('Eritrea');
    await page.keyboard.press('Space');
    await tabTo('Neste');
    await page.keyboard.press('Enter');

    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Kjønn');
    // Within a group of choices the arrow keys move, and choose, as in any radio group.
    await tabTo('Kvinne');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await tabTo('Neste');
    await page.keyboard.press('Enter');

    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Fødselsår');
    await tabToSelector('.number-input');
    await page.keyboard.type('1985');
    await tabTo('Neste');
    await page.keyboard.press('Enter');

    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Hvilke språk kan du?');
    await tabTo('+ Legg til et språk');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Hvilket språk?');
    await tabToSelector('input[type=search]');
    await page.keyboard.type('tigr');
    // The matches narrow as letters arrive; wait until they are those of the whole word.
    await expect.poll(() => page.locator('.search-picker input[type=radio]').count()).toBeLessThanOrEqual(3);
    await page.getByRole('radio', { name: 'tigrinja', exact: true }).waitFor();
    // Tab enters the list of matches at its first; the arrows choose among them.
    await tabToSelector('.search-picker input[type=radio]');
    for (let presses = 0; presses < 10 && !(await page.getByRole('radio', { name: 'tigrinja', exact: true }).isChecked()); presses += 1) {
      await page.keyboard.press('ArrowDown');
    }

    await expect
      .poll(async () => (await storedDraftContent(page)) as unknown)
      .toMatchObject({ aboutYou: { citizenship: 'ER', gender: 'male', birthYear: 1985 }, languages: [{ language: 'ti' }] });
    await context.close();
  });
});

/**
 * Walks for each item, two at a time, each in a context of its own: a walk waits on the page
 * between its steps (the fourteen languages took 66 s one at a time, 49 s two at a time, here).
 */
async function twoAtATime<T>(items: readonly T[], walk: (item: T) => Promise<void>): Promise<void> {
  const waiting = [...items];
  const oneAfterAnother = async () => {
    for (let item = waiting.shift(); item !== undefined; item = waiting.shift()) await walk(item);
  };
  await Promise.all([oneAfterAnother(), oneAfterAnother()]);
}

async function arabicConfirm(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const messages = JSON.parse(await readFile(new URL('../../locales/ar.json', import.meta.url), 'utf8')) as Record<string, string>;
  return messages['letter.confirm']!;
}

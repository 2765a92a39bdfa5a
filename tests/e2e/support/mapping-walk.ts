import type { Page } from 'playwright-core';

/**
 * Walks the whole mapping by the page's structure, not its words, so the same walk works in
 * every language: `onScreen` is called on each new screen (for screenshots and axe checks).
 */
export interface Walk {
  page: Page;
  onScreen?: (name: string) => Promise<void>;
}

const next = (page: Page) => page.getByTestId('next').click();
const radio = (page: Page, index: number) => page.locator('section.part input[type=radio]').nth(index).check();
const checkbox = (page: Page, index: number) => page.locator('section.part input[type=checkbox]').nth(index).check();
const searchOption = (page: Page, index: number) => page.locator('.search-picker input[type=radio]').nth(index).check();

async function screen({ page, onScreen }: Walk, name: string): Promise<void> {
  await page.locator('.question-title:focus, #review-title:focus').first().waitFor();
  await onScreen?.(name);
}

export async function walkAboutYou(walk: Walk, birthYear = '1987'): Promise<void> {
  const { page } = walk;
  await screen(walk, 'citizenship');
  await searchOption(page, 0);
  await next(page);
  await screen(walk, 'gender');
  await radio(page, 0);
  await next(page);
  await screen(walk, 'birth-year');
  await page.locator('.number-input').fill(birthYear);
  await next(page);
}

/** Adds one entry to the list on screen, answering each of its questions. */
async function addEntry(walk: Walk, name: string, answers: ((page: Page) => Promise<void>)[]): Promise<void> {
  const { page } = walk;
  await page.locator('.button-add').click();
  for (const [index, answer] of answers.entries()) {
    await screen(walk, `${name}-${index + 1}`);
    await answer(page);
    await next(page);
  }
}

const text = (value: string) => async (page: Page) => page.locator('section.part textarea, section.part input[type=text]').first().fill(value);
const number = (value: string) => async (page: Page) => page.locator('.number-input').fill(value);

export async function walkLists(walk: Walk, words: { field: string; occupation: string; tasks: string; activity: string }) {
  const { page } = walk;
  await screen(walk, 'languages');
  await addEntry(walk, 'language', [(p) => searchOption(p, 0), (p) => radio(p, 0), (p) => radio(p, 3), (p) => radio(p, 3), (p) => radio(p, 2), (p) => radio(p, 1)]);
  await screen(walk, 'languages-list');
  await addEntry(walk, 'language-b', [(p) => searchOption(p, 14), (p) => radio(p, 1), (p) => radio(p, 1), (p) => radio(p, 1), (p) => radio(p, 0), (p) => radio(p, 0)]);
  await next(page);

  await screen(walk, 'schooling');
  await addEntry(walk, 'school', [(p) => radio(p, 3), text(words.field), (p) => searchOption(p, 0), number('12'), (p) => radio(p, 0), (p) => radio(p, 1)]);
  await next(page);

  await screen(walk, 'work');
  await addEntry(walk, 'job', [text(words.occupation), (p) => searchOption(p, 4), (p) => searchOption(p, 0), number('8'), (p) => radio(p, 1), text(words.tasks)]);
  await next(page);

  await screen(walk, 'driving-licence');
  await radio(page, 0);
  await checkbox(page, 4);
  await next(page);
  await screen(walk, 'computer-skills');
  await radio(page, 1);
  await next(page);
  await screen(walk, 'activities');
  await addEntry(walk, 'activity', [(p) => radio(p, 0), text(words.activity), number('3')]);
  await next(page);
}

export async function walkInterestsAndWishes(walk: Walk, words: { interests: string; wishes: string }) {
  const { page } = walk;
  await screen(walk, 'interests');
  await checkbox(page, 0);
  await checkbox(page, 5);
  await next(page);
  await screen(walk, 'interests-other');
  await text(words.interests)(page);
  await next(page);
  await screen(walk, 'goal');
  await radio(page, 2);
  await next(page);
  await screen(walk, 'wish-areas');
  await checkbox(page, 5);
  await next(page);
  await screen(walk, 'wishes-text');
  await text(words.wishes)(page);
  await next(page);
  await screen(walk, 'review');
}

export const norwegianWords = {
  field: 'Elektrofag',
  occupation: 'Snekker',
  tasks: 'Bygde hus og tak',
  activity: 'Trente fotballag for barn',
  interests: 'Fotball og matlaging',
  wishes: 'Jeg vil bli tømrer i Norge',
};

/**
 * Study mode: FSRS flashcards persist across reloads, export/import round-trips, a corrupted store
 * is kept aside with a notice, quizzes explain every choice, exercises are checked by lib/.
 */
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { url } from './site-map';

const KEY = 'llmf:progress';

async function openReview(page: Page, locale: 'zh' | 'en' = 'en') {
  await page.goto(url(`/${locale}/review/`), { waitUntil: 'networkidle' });
  await expect(page.locator('[data-study="flashcards"]')).toBeVisible();
}

const storedProgress = (page: Page) =>
  page.evaluate(
    (key) =>
      JSON.parse(localStorage.getItem(key) ?? 'null') as {
        cards: Record<string, { reps: number; due: string }>;
      } | null,
    KEY,
  );

test('reviewing a card schedules it with FSRS, and the schedule survives a reload', async ({ page }) => {
  await openReview(page);
  const card = page.locator('[data-card-id]');
  const id = await card.getAttribute('data-card-id');
  expect(id).toBeTruthy();
  const before = await page.locator('[data-due-count]').innerText();

  await page.keyboard.press('Space'); // reveal
  await expect(page.getByRole('button', { name: /Good/ })).toBeVisible();
  await page.keyboard.press('3'); // Good

  // The store is written right after the grade renders; poll instead of reading once.
  await expect.poll(async () => (await storedProgress(page))?.cards[id!]?.reps).toBe(1);
  const stored = await storedProgress(page);
  expect(Date.parse(stored!.cards[id!]!.due)).toBeGreaterThan(Date.now()); // scheduled for later

  await page.reload({ waitUntil: 'networkidle' });
  await expect(page.locator('[data-study="flashcards"]')).toBeVisible();
  await expect(page.locator('[data-card-id]')).not.toHaveAttribute('data-card-id', id!);
  await expect(page.locator('[data-due-count]')).not.toHaveText(before);
  expect((await storedProgress(page))?.cards[id!]?.reps).toBe(1);
});

test('progress exports to a JSON file and imports back; a bad file is refused with a message', async ({
  page,
}, testInfo) => {
  await openReview(page);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: /Easy/ })).toBeVisible(); // the scheduler has loaded
  await page.keyboard.press('4'); // Easy
  await page.getByRole('tab', { name: 'Progress' }).click();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = testInfo.outputPath('progress.json');
  await (await download).saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, 'utf8')) as { version: number; cards: object };
  expect(exported.version).toBe(1);
  expect(Object.keys(exported.cards)).toHaveLength(1);

  // Wipe, then import the file back.
  await page.evaluate((key) => localStorage.removeItem(key), KEY);
  await page.reload({ waitUntil: 'networkidle' });
  await page.getByRole('tab', { name: 'Progress' }).click();
  await page.getByLabel('Import a progress file').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'Progress imported.' })).toBeVisible();
  expect(Object.keys((await storedProgress(page))?.cards ?? {})).toHaveLength(1);

  // A file that is not progress changes nothing.
  const bad = testInfo.outputPath('bad.json');
  fs.writeFileSync(bad, JSON.stringify({ version: 1, cards: { x: { due: 'soon' } }, answers: {}, read: {} }));
  await page.getByLabel('Import a progress file').setInputFiles(bad);
  await expect(page.getByRole('status').filter({ hasText: 'Import failed' })).toContainText('cards["x"]');
  expect(Object.keys((await storedProgress(page))?.cards ?? {})).toHaveLength(1);
});

test('a corrupted store is kept aside, progress restarts, and a notice says so', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"version":1,"cards":{"intro-x":{"due":"never"}}');
      sessionStorage.setItem('seeded', '1');
    }
  }, KEY);
  await openReview(page);
  const notice = page.locator('[data-recovered-notice]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('corrupted');
  const aside = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('llmf:progress:corrupt:')),
  );
  expect(aside).toHaveLength(1);
  expect(await page.evaluate((k) => localStorage.getItem(k), aside[0]!)).toContain('"never"');
  // The notice stays until dismissed, even across reloads.
  await page.reload({ waitUntil: 'networkidle' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
  await page.reload({ waitUntil: 'networkidle' });
  await expect(page.locator('[data-study="flashcards"]')).toBeVisible();
  await expect(notice).toBeHidden();
});

test('the quiz explains every choice after an answer', async ({ page }) => {
  await openReview(page);
  await page.getByRole('tab', { name: 'Quiz' }).click();
  const quiz = page.locator('[data-study="quiz"]');
  const options = quiz.getByRole('radio');
  await expect(options.first()).toBeVisible(); // the quiz tab loads on demand
  const count = await options.count();
  expect(count).toBeGreaterThanOrEqual(3);
  await options.first().check();
  await quiz.getByRole('button', { name: 'Check' }).click();
  await expect(quiz.getByRole('status')).toHaveText(/Correct\.|Not quite\./);
  await expect(quiz.locator('[data-result="correct"]')).toHaveCount(1);

  // Each question's choices are a file of their own; the next one's is fetched ahead of "Next".
  const legend = await quiz.locator('legend').innerText();
  await quiz.getByRole('button', { name: 'Next' }).click();
  await expect(quiz.locator('legend')).not.toHaveText(legend);
  await expect(quiz.locator('input').first()).toBeEnabled();
});

test('numeric exercises are checked, and bad input is reported, not marked wrong', async ({ page }) => {
  await openReview(page, 'zh');
  await page.getByRole('tab', { name: '计算练习' }).click();
  const box = page.getByLabel('你的答案');
  await box.fill('abc');
  await page.getByRole('button', { name: '检查' }).click();
  await expect(page.locator('[data-study="exercises"] [role="status"]')).toHaveText('请输入数字。');
  await box.fill('0.5');
  await page.getByRole('button', { name: '检查' }).click();
  await expect(page.locator('[data-study="exercises"] [role="status"]')).toHaveText(
    /正确！|不对，正确答案是/,
  );
});

test('glossary terms drill as their own deck, stored apart from the questions', async ({ page }) => {
  await openReview(page, 'zh');
  await page.getByRole('tab', { name: '术语卡' }).click();
  const card = page.locator('[data-card-id]');
  await expect(card).toHaveAttribute('data-card-id', /^term:[a-z0-9-]+$/);
  const id = (await card.getAttribute('data-card-id'))!;
  await expect(card).toContainText('说出它的定义');
  await expect(page.getByLabel('标签')).toBeHidden(); // terms follow the chapter filter only

  await card.getByRole('button', { name: /显示答案/ }).click(); // Space would re-press the focused tab
  // The definition is the term's own file, fetched when the card came up.
  const glossaryTerms = JSON.parse(fs.readFileSync('content/zh/glossary.json', 'utf8')) as {
    terms: { id: string; definition: string }[];
  };
  const term = glossaryTerms.terms.find((entry) => `term:${entry.id}` === id)!;
  const plain = term.definition.split(/[$`*[_]/)[0]!.trim(); // the text before any markup
  await expect(card.locator('[data-loading]')).toHaveCount(0);
  await expect(card.locator('.doc-prose')).toContainText(plain.length >= 4 ? plain : /\S/);
  await expect(card.getByRole('link', { name: /回到对应小节/ })).toHaveAttribute('href', /\/zh\/[a-z-]+\//);
  await expect(page.getByRole('button', { name: /记得/ })).toBeVisible();
  await page.keyboard.press('3');
  await expect.poll(async () => (await storedProgress(page))?.cards[id]?.reps).toBe(1);
  await expect(card).not.toHaveAttribute('data-card-id', id);

  // The evaluation filter shows only that chapter's terms; the progress view counts the deck.
  const glossary = JSON.parse(fs.readFileSync('content/zh/glossary.json', 'utf8')) as {
    terms: { id: string; section: string }[];
  };
  const firstEvaluationTerm = glossary.terms.find((term) => term.section.startsWith('evaluation/'))!;
  await page.getByLabel('章节').selectOption('evaluation');
  await expect(card).toHaveAttribute('data-card-id', `term:${firstEvaluationTerm.id}`);
  await page.getByRole('tab', { name: '进度' }).click();
  await expect(page.locator('[data-terms-due-today]')).toContainText(/张新卡/);
});

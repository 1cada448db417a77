/**
 * How pages reach the browser (components/islands/, scripts/islands.mjs): no Next runtime, a demo's
 * code only once it nears the viewport, the review page's banks only when a view needs them.
 */
import { expect, test } from '@playwright/test';
import type { Page, Request } from '@playwright/test';
import { exportedHtml, exportedPages, url } from './site-map';

/** A chunk fetched for an island: from the islands build, and not one the page's HTML names (its entry and preloads). */
const isIslandChunk = (request: Request, html: string) => {
  const path = new URL(request.url()).pathname;
  return /\/_islands\/c-[^/]+\.js$/.test(path) && !html.includes(`"${path}"`);
};

/** Site paths of the pages whose every island starts well below the first screen. */
async function pagesWithIslandsBelowTheFold(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const sitePath of exportedPages().filter((p) => p.startsWith('/en/'))) {
    await page.goto(url(sitePath));
    const tops = await page
      .locator('[data-island]')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top - window.innerHeight));
    if (tops.length > 0 && tops.every((gap) => gap > 1200)) found.push(sitePath);
    if (found.length > 0) break;
  }
  return found;
}

test('a demo below the fold loads its code only after the reader scrolls to it', async ({ page }) => {
  const [sitePath] = await pagesWithIslandsBelowTheFold(page);
  expect(sitePath, 'some page has its demos far below the first screen').toBeTruthy();

  const html = exportedHtml(sitePath!) ?? '';
  const chunks: string[] = [];
  page.on('request', (request) => {
    if (isIslandChunk(request, html)) chunks.push(request.url());
  });
  await page.goto(url(sitePath!), { waitUntil: 'networkidle' });
  expect(chunks, 'no island chunk before scrolling').toEqual([]);
  const demo = page.locator('[data-island] [data-demo]').first();
  await expect(demo).not.toHaveAttribute('data-hydrated');

  await demo.scrollIntoViewIfNeeded();
  await expect(demo).toHaveAttribute('data-hydrated', '', { timeout: 30_000 });
  expect(chunks.length, 'the island fetched its chunks once in view').toBeGreaterThan(0);
});

test('a reading page carries no framework runtime and its article only once', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const response = await page.goto(url('/en/intro/'), { waitUntil: 'networkidle' });
  const html = (await response?.text()) ?? '';
  expect(html).not.toContain('self.__next_f');
  expect(scripts.every((s) => s.includes('/_islands/'))).toBe(true);
  // A sentence of the article is in the document exactly once: no payload repeats the article.
  const sentence = await page.locator('article p').evaluateAll((ps) =>
    ps
      .map((p) => p.innerHTML)
      .find((h) => /^[A-Z][A-Za-z ,.]{79}/.test(h))
      ?.slice(0, 80),
  );
  expect(sentence, 'a plain-text paragraph to look for').toBeTruthy();
  expect(html.split(sentence!).length - 1).toBe(1);
});

test('islands of one page keep their ids apart, in the HTML and once hydrated', async ({ page }) => {
  // The page with the most islands: each is a root of its own, with its own useId prefix.
  const count = (p: string) => (exportedHtml(p) ?? '').split('data-island=').length - 1;
  const sitePath = exportedPages().reduce((a, b) => (count(b) > count(a) ? b : a));
  expect(count(sitePath), `${sitePath} has several islands`).toBeGreaterThan(2);

  /** Ids used twice, and id references (label for, aria-*) that point at nothing. */
  const idProblems = () =>
    page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
      const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
      const refs = [
        ...document.querySelectorAll(
          '[data-island] [for], [data-island] [aria-labelledby], [data-island] [aria-describedby], [data-island] [aria-controls]',
        ),
      ]
        .flatMap((el) =>
          ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls'].flatMap((name) =>
            (el.getAttribute(name) ?? '').split(/\s+/).filter(Boolean),
          ),
        )
        .filter((id) => !document.getElementById(id));
      return { twice: [...new Set(twice)], dangling: [...new Set(refs)] };
    });

  await page.goto(url(sitePath), { waitUntil: 'networkidle' });
  expect(await idProblems(), 'static HTML').toEqual({ twice: [], dangling: [] });
  for (const demo of await page.locator('[data-island] [data-demo]').all()) {
    await demo.scrollIntoViewIfNeeded();
    await expect(demo).toHaveAttribute('data-hydrated', '', { timeout: 30_000 });
  }
  expect(await idProblems(), 'hydrated').toEqual({ twice: [], dangling: [] });
});

test("the review page fetches one bank and one question's details on first load, the rest when needed", async ({
  page,
}) => {
  const banks: string[] = [];
  const details: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    const bank = /\/review\/data\/([^/]+)\.json$/.exec(pathname);
    if (bank) banks.push(bank[1]!);
    const question = /\/review\/details\/([^/]+)\.json$/.exec(pathname);
    if (question) details.push(question[1]!);
  });
  await page.goto(url('/en/review/'), { waitUntil: 'networkidle' });
  const card = page.locator('[data-card-id]');
  await expect(card).toBeVisible();
  expect(banks, 'first load: one bank').toHaveLength(1);
  // The bank holds questions only; the answer of the card on show is in that question's own file.
  const first = await card.getAttribute('data-card-id');
  expect(details, 'first load: the details of the card on show').toEqual([first]);
  await page.getByRole('button', { name: /Show answer/ }).click();
  await expect(card.locator('.qa-label').first()).toBeVisible();
  await page.getByRole('button', { name: /Good/ }).click();
  await expect(card).not.toHaveAttribute('data-card-id', first!);
  await expect.poll(() => details).toContain(await card.getAttribute('data-card-id'));
  expect(details, 'one file per card shown').toHaveLength(2);

  // Another chapter's bank arrives when the filter asks for it.
  const select = page.getByLabel('Chapter');
  const other = await select.locator('option').nth(2).getAttribute('value');
  await select.selectOption(other!);
  await expect.poll(() => banks).toContain(other);
  await expect(page.locator('[data-card-id]')).toHaveAttribute('data-card-id', new RegExp(`^${other}-`));

  // The terms deck is its own file, fetched when its tab opens.
  await page.getByRole('tab', { name: 'Terms' }).click();
  await expect.poll(() => banks).toContain('terms');
  await expect(page.locator('[data-card-id^="term:"]')).toBeVisible();
});

test("the review page says when a card's answer fails to load and loads it on retry", async ({ page }) => {
  const detailsFile = /\/review\/details\/[^/]+\.json$/;
  await page.route(detailsFile, (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto(url('/en/review/'), { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: /Show answer/ }).click();
  const card = page.locator('[data-card-id]');
  await expect(card.locator('[data-load-failed]')).toHaveText("This question's answer failed to load.");
  await expect(page.getByRole('alert')).toContainText('failed to load');

  await page.unroute(detailsFile);
  await page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
  await expect(card.locator('.qa-label').first()).toBeVisible();
  await expect(card.locator('[data-load-failed]')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test.describe('interview answers on a chapter page', () => {
  const sitePath = '/en/decoding/acceleration/';
  const isAnswers = (request: Request) => /\/answers-[0-9a-f]+\.json$/.test(new URL(request.url()).pathname);

  test('keep the short answer in the page and fetch the rest once, when a question opens', async ({
    page,
  }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (isAnswers(request)) fetched.push(request.url());
    });
    const response = await page.goto(url(sitePath));
    const html = (await response?.text()) ?? '';
    expect(html).toContain('The 30-second answer');
    expect(html, 'the deeper answers are not in the document').not.toContain(
      '<p class="qa-label">The deeper answer</p>',
    );

    const questions = page.locator('details[id^="q-"]');
    const first = questions.nth(0);
    await first.locator('summary').click();
    await expect(first.locator('[data-answer-rest]')).toHaveAttribute('data-loaded', '');
    await expect(first).toContainText('The deeper answer');
    await expect(first).toContainText('Common wrong answers');

    const second = questions.nth(1);
    await second.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(second).toContainText('The deeper answer');
    expect(fetched, 'one file for the whole page').toHaveLength(1);
  });

  test('say when the answers fail to load and load them on retry', async ({ page }) => {
    await page.route(/\/answers-[0-9a-f]+\.json$/, (route) => route.fulfill({ status: 503, body: '' }));
    await page.goto(url(sitePath));
    const question = page.locator('details[id^="q-"]').first();
    await question.locator('summary').click();
    const status = question.locator('[data-answer-status]');
    await expect(status).toContainText('The rest of the answer did not load.');

    await page.unroute(/\/answers-[0-9a-f]+\.json$/);
    await status.getByRole('button', { name: 'Retry' }).click();
    await expect(question).toContainText('The deeper answer');
    await expect(question.locator('[data-answer-status]')).toHaveCount(0);
  });
});

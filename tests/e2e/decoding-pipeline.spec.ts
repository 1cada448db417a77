/** The decoding playground: stages, bad input, seeded sampling and the shareable URL. */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { openDemo } from './open-demo';

const PAGE = '/en/decoding/playground/';
const demo = (page: Page) => page.locator('[data-demo="decoding-pipeline"]');
const readout = (page: Page) => demo(page).locator('output[data-readout]');
const slider = (page: Page, label: string) => demo(page).getByRole('slider', { name: label, exact: true });
const headers = (page: Page) => demo(page).locator('table').first().locator('thead th');

test.describe('decoding-pipeline', () => {
  test('starts with every stage off: input and final softmax only', async ({ page }) => {
    await openDemo(page, PAGE, 'decoding-pipeline');
    // softmax([4.2, 2.6, 2.3, 2, 0.8, 0.5, -0.5, -1.2])[0] = e^4.2 / Σ e^x = 66.69 / 102.29 = 0.652
    await expect(readout(page)).toHaveText('surviving tokens: 8 · top token “mat” p = 0.65');
    await expect(headers(page)).toHaveText(['Token', 'input', 'final softmax']);
    await expect(page).toHaveURL(/playground\/$/); // a plain visit leaves the address alone
  });

  test('temperature changes the readout, adds a column and writes the URL', async ({ page }) => {
    await openDemo(page, PAGE, 'decoding-pipeline');
    const t = slider(page, 'Temperature T');
    await t.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(t).toHaveAttribute('aria-valuetext', '0.8');
    // T = 0.8: logits / 0.8 → p(mat) = e^5.25 / Σ e^(x/0.8) = 190.57 / 251.62 = 0.757
    await expect(readout(page)).toHaveText('surviving tokens: 8 · top token “mat” p = 0.76');
    await expect(headers(page)).toHaveText(['Token', 'input', /^temperature\s*T = 0\.8$/, 'final softmax']);
    await expect(page).toHaveURL(/[?&]t=0\.8(&|$)/);
  });

  test('top-k = 1 leaves one token and marks the others removed', async ({ page }) => {
    await openDemo(page, PAGE, 'decoding-pipeline');
    const k = slider(page, 'top-k');
    await k.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect(readout(page)).toHaveText('surviving tokens: 1 · top token “mat” p = 1.00');
    await expect(demo(page).locator('table').first()).toContainText('removed');
  });

  test('HF defaults show top_k = 50 removing nothing', async ({ page }) => {
    await openDemo(page, PAGE, 'decoding-pipeline');
    await demo(page).getByRole('button', { name: 'HF defaults' }).click();
    await expect(slider(page, 'top-k')).toHaveAttribute('aria-valuetext', '50');
    await expect(demo(page)).toContainText('k = 50 ≥ the 8 tokens here');
    await expect(readout(page)).toHaveText('surviving tokens: 8 · top token “mat” p = 0.65');
  });

  test('reads a shared link, including seed and draws', async ({ page }) => {
    await openDemo(page, `${PAGE}?v=mood&t=0.5&k=3&s=7&n=100`, 'decoding-pipeline');
    await expect(demo(page).getByRole('button', { name: /我今天很/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(slider(page, 'Temperature T')).toHaveAttribute('aria-valuetext', '0.5');
    await expect(readout(page)).toContainText('surviving tokens: 3 · top token “开心”');
    await expect(demo(page)).toContainText('Seed 7, 100 draws');
    await expect(demo(page).getByRole('status').first()).not.toContainText('invalid');
  });

  test('falls back from invalid link values with a visible notice', async ({ page }) => {
    await openDemo(page, `${PAGE}?t=0&k=7.5&l=1,2`, 'decoding-pipeline');
    const notice = demo(page).getByRole('status').first();
    await expect(notice).toContainText('3 setting(s) in the link were invalid');
    await expect(notice).toContainText('t=0: temperature must be in [0.1, 2] in steps of 0.1, got 0');
    await expect(readout(page)).toHaveText('surviving tokens: 8 · top token “mat” p = 0.65');
    await expect(slider(page, 'Temperature T')).toHaveAttribute('aria-valuetext', '1 (off)');
  });

  test('bad logits show a message and keep the last valid distribution', async ({ page }) => {
    await openDemo(page, PAGE, 'decoding-pipeline');
    const field = demo(page).getByLabel(/^Logits/);
    const alert = demo(page).getByRole('alert').first();
    await field.fill('1, abc');
    await expect(alert).toHaveText('“abc” is not a number.');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await field.fill('1, 2');
    await expect(alert).toHaveText('Need 8 numbers (one per token), got 2.');
    await field.fill('1, 2, 3, 4, 5, 6, 7, 500');
    await expect(alert).toContainText('logits[7] must be finite and in [-100, 100], got 500');
    await expect(readout(page)).toHaveText('surviving tokens: 8 · top token “mat” p = 0.65');
    await field.fill('0, 0, 0, 0, 0, 0, 0, 0');
    await expect(alert).toBeEmpty();
    await expect(readout(page)).toHaveText('surviving tokens: 8 · top token “mat” p = 0.13');
  });

  test('an n-gram ban that removes every token is reported, the last result stays', async ({ page }) => {
    await openDemo(page, `${PAGE}?v=once&h=0,1,2,3,4,5`, 'decoding-pipeline');
    await expect(readout(page)).toContainText('“time”'); // the link's state is in
    const before = await readout(page).innerText();
    await demo(page).getByLabel('No-repeat n-gram size').selectOption('1');
    await expect(
      demo(page).getByRole('alert').filter({ hasText: 'bans every remaining token' }),
    ).toContainText('These settings cannot be computed');
    await expect(readout(page)).toHaveText(before);
    await expect(demo(page)).not.toContainText('NaN');
  });

  test('the same seed gives the same histogram; another seed another one', async ({ page }) => {
    await openDemo(page, PAGE, 'decoding-pipeline');
    const histogram = demo(page).locator('table').last().locator('tbody');
    const first = (await histogram.textContent()) ?? '';
    await demo(page).getByRole('button', { name: 'Sample' }).click();
    await expect(demo(page)).toContainText('Draw #2');
    await expect(histogram).toHaveText(first);
    await demo(page).getByLabel('Seed').fill('43');
    await expect(histogram).not.toHaveText(first);
    await expect(page).toHaveURL(/[?&]s=43(&|$)/);
    await demo(page).getByLabel('Draws (1–10,000)').fill('0');
    await expect(demo(page).getByRole('alert').last()).toContainText(
      'draws must be an integer in [1, 10000], got 0',
    );
  });

  test('copy link puts the current configuration on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openDemo(page, PAGE, 'decoding-pipeline');
    await slider(page, 'top-p').focus();
    await page.keyboard.press('ArrowLeft');
    await demo(page).getByRole('button', { name: 'Copy link' }).click();
    await expect(demo(page)).toContainText('Link to this configuration copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('p=0.99');
    expect(copied).toBe(page.url());
  });

  test('speaks Chinese on the Chinese page', async ({ page }) => {
    await openDemo(page, '/zh/decoding/playground/', 'decoding-pipeline');
    await expect(readout(page)).toHaveText('存活词元 8 个 · 最可能 “mat” p = 0.65');
  });
});

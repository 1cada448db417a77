/**
 * The minhash-dedup demo: Jaccard on the 2-shingles of Mining of Massive Datasets' "abcdabd",
 * identical documents, keyboard control of k, and an empty document keeping the last result.
 */
import { expect, test } from '@playwright/test';
import { TEXT } from '@/components/demos/minhash-dedup/text';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

for (const sitePath of behaviourPages('minhash-dedup')) {
  const t = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];

  test.describe(`minhash-dedup on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, 'minhash-dedup');
    });

    test('n = 2 from the keyboard: "abcdabd" vs "abcd" share 3 of 5 shingles (MMDS Example 3.3)', async ({
      page,
    }) => {
      const demo = page.locator('[data-demo="minhash-dedup"]');
      const [docA, docB] = [demo.locator('textarea').nth(0), demo.locator('textarea').nth(1)];
      await docA.fill('abcdabd');
      await docB.fill('abcd');
      const size = demo.getByRole('slider', { name: t.size });
      await size.focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft'); // 5 → 2
      await expect(size).toHaveAttribute('aria-valuetext', '2');
      // A: {ab, bc, cd, da, bd}; B: {ab, bc, cd} → J = 3/5
      await expect(demo).toContainText(t.counts(5, 3, 3, 5));
      await expect(demo.locator('output[data-readout]')).toContainText(/= 0\.600 /);
    });

    test('identical documents: J = 1, estimate 1, always a candidate', async ({ page }) => {
      const demo = page.locator('[data-demo="minhash-dedup"]');
      const text = await demo.locator('textarea').nth(0).inputValue();
      await demo.locator('textarea').nth(1).fill(text);
      const readout = demo.locator('output[data-readout]');
      await expect(readout).toContainText(/= 1\.000\D.*= 1\.000\D/);
      await expect(demo.locator('[data-candidate]')).toHaveAttribute('data-candidate', 'yes');
      await expect(page.locator('[data-demo="minhash-dedup"] svg[role="img"]')).toBeVisible();
    });

    test('an empty document shows a message and keeps the last result', async ({ page }) => {
      const demo = page.locator('[data-demo="minhash-dedup"]');
      const readout = demo.locator('output[data-readout]');
      const before = await readout.textContent();
      await demo.locator('textarea').nth(1).fill('   ');
      await expect(demo.getByRole('alert')).toHaveText(t.empty(t.docB));
      await expect(readout).toHaveText(before ?? '');
      await expect(demo).not.toContainText('NaN');
    });
  });
}

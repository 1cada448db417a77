/**
 * The decoding chapter's beam search demo reproduces the Hugging Face blog example, the length
 * penalty and early_stopping examples of lib/decoding/toy-models.ts, and walks the search by step.
 */
import { expect, test } from '@playwright/test';
import { openDemo } from './open-demo';

test.describe('beam-search (en)', () => {
  test.beforeEach(async ({ page }) => {
    await openDemo(page, '/en/decoding/', 'beam-search');
  });

  test('HF blog: one beam is greedy, two beams find "The dog has" (0.4 × 0.9 = 0.36)', async ({ page }) => {
    const demo = page.locator('[data-demo="beam-search"]');
    const readout = demo.locator('output[data-readout]');
    const beams = demo.getByLabel('Beam size num_beams');
    await expect(readout).toHaveText(
      'beam (1): The nice woman · score −0.80 · greedy: The nice woman · exhaustive: The dog has',
    );
    await expect(demo).toContainText('Beam search missed the best sequence');

    await beams.focus();
    await page.keyboard.press('ArrowRight');
    // log 0.36 / 2 = −0.5108 (HF sequences_scores for the blog tree)
    await expect(readout).toHaveText(
      'beam (2): The dog has · score −0.51 · greedy: The nice woman · exhaustive: The dog has',
    );
    await expect(demo).toContainText('Beam search found the exhaustive optimum.');
    const step2 = demo.locator('table', { has: page.locator('caption', { hasText: 'Step 2' }) });
    await expect(step2.locator('tbody tr').first()).toContainText('The dog has');
    await expect(step2.locator('tbody tr').first()).toContainText('(0.36)');
    await expect(step2.locator('tbody tr').first()).toContainText('finished: length limit · score −0.51');
    await expect(step2.locator('tbody tr').nth(2)).toContainText('pruned');
  });

  test('length penalty and early_stopping pick the winner; steps walk back and forth', async ({ page }) => {
    const demo = page.locator('[data-demo="beam-search"]');
    const readout = demo.locator('output[data-readout]');
    await demo.getByLabel('Toy model').selectOption({ index: 2 });
    await demo.getByLabel('Beam size num_beams').fill('1');
    // α = 1: −1.028 / 4 = −0.257 beats −0.799 / 2 = −0.399
    await expect(readout).toHaveText(
      'beam (2): b c d <eos> · score −0.26 · greedy: a <eos> · exhaustive: b c d <eos>',
    );
    // Step 1: "<eos>" ranks 3rd of 2·2, outside the top 2, so it is dropped, not finished.
    await expect(demo.locator('tr[data-fate="dropped-eos"]').first()).toContainText(
      'dropped: EOS not in top n',
    );

    await demo.getByLabel('True').check();
    await expect(readout).toHaveText(
      'beam (2): a <eos> · score −0.40 · greedy: a <eos> · exhaustive: b c d <eos>',
    );
    await expect(demo).toContainText('num_beams hypotheses finished (early_stopping=True): done.');

    await demo.getByLabel('False').check();
    const lp = demo.getByLabel('Length penalty length_penalty (α)');
    await lp.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(lp).toHaveAttribute('aria-valuetext', '0.0');
    // α = 0: log 0.45 = −0.799 beats log 0.357696 = −1.028
    await expect(readout).toHaveText(
      'beam (2): a <eos> · score −0.80 · greedy: a <eos> · exhaustive: a <eos>',
    );

    const captions = demo.locator('caption', { hasText: /^Step/ });
    await expect(captions).toHaveCount(4);
    await demo.getByRole('button', { name: 'Previous step' }).click();
    await demo.getByRole('button', { name: 'Previous step' }).click();
    await expect(captions).toHaveCount(2);
    await expect(demo.getByLabel('Show up to step')).toHaveAttribute('aria-valuetext', '2 / 4');
    await expect(demo).toContainText('The search goes on.');
    await demo.getByRole('button', { name: 'Next step' }).click();
    await expect(captions).toHaveCount(3);
    await expect(demo).not.toContainText('NaN');
  });
});

test('beam-search (zh) speaks Chinese', async ({ page }) => {
  await openDemo(page, '/zh/decoding/', 'beam-search');
  const demo = page.locator('[data-demo="beam-search"]');
  await demo.getByLabel('束大小 num_beams').fill('1');
  await expect(demo.locator('output[data-readout]')).toHaveText(
    '束搜索（2）：The dog has · 得分 −0.51 · 贪心：The nice woman · 穷举：The dog has',
  );
  await expect(demo.locator('tr[data-fate="running"]').first()).toContainText('保留：活跃束');
});

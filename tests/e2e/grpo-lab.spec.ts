/**
 * The GRPO lab, both instances, against hand-checkable values:
 * - advantages, "1 of 8 right": mean 1/8, sample std √(0.875/7) = √0.125 = 0.35355;
 *   Â₁ = 0.875/(0.35355 + 0.0001) = 2.4742, without the std 0.875;
 * - G = 4, rewards [1, 0, 0, 0]: mean 0.25, sample std √(0.75/3) = 0.5, Â₁ = 0.75/0.5001 = 1.4997,
 *   without the std 0.75;
 * - "7 of 8 right": Â₁ = 0.125/0.35365 = 0.3535; half right: std √(2/7) = 0.53452, 0.5/0.53462 = 0.9352;
 * - aggregation, lengths 200 and 1800 under 'grpo': per-token weights 1/(2·200) = 1/400 and
 *   1/(2·1800) = 1/3,600, ratio 200/1800 = 0.1111; 'bnpo'/'dapo' 1/2,000 each, 'dr_grpo' with
 *   L = 2,048: 1/(2·2048) = 1/4,096 each, ratio 1; answer 2 at 400 tokens under 'grpo': 200/400 = 0.5.
 * Bad input (G < 2, lengths ≤ 0 or not numbers, L below a length) keeps the last valid result, and
 * each tab keeps its own keys in the address.
 */
import { expect, test, type Page } from '@playwright/test';
import { TEXT, type GrpoText } from '@/components/demos/grpo-lab/text';
import { behaviourPages, url } from './site-map';

const ID = 'grpo-lab';

/** Opens the page, scrolls to the instance titled `title` and waits until it is hydrated. */
async function openTab(page: Page, sitePath: string, title: string) {
  await page.goto(url(sitePath));
  await page.evaluate(
    ([id, label]) => {
      document
        .querySelector(`[data-demo="${id}"][aria-label="${label}"]`)
        ?.scrollIntoView({ block: 'center' });
    },
    [ID, title] as const,
  );
  const demo = page.locator(`[data-demo="${ID}"][aria-label="${title}"]`);
  await expect(page.locator(`[data-demo="${ID}"][aria-label="${title}"][data-hydrated]`)).toBeVisible({
    timeout: 30_000,
  });
  return demo;
}

for (const sitePath of behaviourPages(ID)) {
  const t: GrpoText = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];
  const adv = (v: string) => t.advantagesReadout(v);
  const agg = (name: string, v: string) => t.aggregationReadout(name, v);

  test.describe(`${ID} (advantages) on ${sitePath}`, () => {
    test('starts on the hard question; G = 4 gives 1.4997; presets move Â₁', async ({ page }) => {
      const demo = await openTab(page, sitePath, t.titles.advantages);
      const readout = demo.locator('output[data-readout]');
      await expect(readout).toHaveText(adv('2.4742'));
      await expect(demo.locator('[data-stats]')).toContainText(t.unscaledOf1('0.8750'));

      await demo.getByLabel(t.g).fill('4');
      await expect(readout).toHaveText(adv('1.4997'));
      await expect(demo.locator('[data-stats]')).toContainText(t.unscaledOf1('0.7500'));
      await expect(demo.locator('[data-stats]')).toContainText(t.stats('0.2500', '0.5000'));
      await expect(demo.locator('[data-row]')).toHaveCount(4);

      await demo.getByRole('button', { name: t.advantagePresetNames.easy }).click();
      await expect(readout).toHaveText(adv('0.3535'));
      await demo.getByRole('button', { name: t.advantagePresetNames.mixedLengths }).click();
      await expect(readout).toHaveText(adv('0.9352'));
      await expect(demo).toContainText(t.advantagePresetNotes.mixedLengths);
      await demo.getByRole('button', { name: t.advantagePresetNames.hard }).click();
      await expect(readout).toHaveText(adv('2.4742'));
      await expect(demo).not.toContainText('NaN');
    });

    test('answer 1 toggles from the keyboard: an all-wrong group has no signal', async ({ page }) => {
      const demo = await openTab(page, sitePath, t.titles.advantages);
      const readout = demo.locator('output[data-readout]');
      const right1 = demo.locator('[data-keyboard]');
      await right1.focus();
      await page.keyboard.press('Space');
      await expect(right1).not.toBeChecked();
      await expect(readout).toHaveText(adv('0.0000'));
      await expect(demo.locator('[data-all-equal]')).toHaveText(t.allEqual);
      await page.keyboard.press('Space');
      await expect(readout).toHaveText(adv('2.4742'));
      await expect(demo.locator('[data-all-equal]')).toHaveCount(0);

      // a format bonus every answer earns shifts all rewards alike: nothing changes
      await demo.getByLabel(t.formatOn).check();
      await expect(readout).toHaveText(adv('2.4742'));
      await expect(demo.locator('[data-format-cancels]')).toHaveText(t.formatCancels);
      await expect(demo).not.toContainText('NaN');
    });

    test('refuses a group of one and bad lengths, keeping the last valid result', async ({ page }) => {
      const demo = await openTab(page, sitePath, t.titles.advantages);
      const readout = demo.locator('output[data-readout]');
      const alert = demo.getByRole('alert');
      const g = demo.getByLabel(t.g);

      await g.fill('1');
      await expect(alert).toContainText(t.rules.g);
      await expect(alert).toContainText('rewards must hold at least 2 rewards, got an array of length 1');
      await expect(g).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toHaveText(adv('2.4742'));
      await g.fill('2.5');
      await expect(alert).toContainText(t.groupErrors({ kind: 'notWhole', text: '2.5' }));
      await g.fill('17');
      await expect(alert).toContainText(t.groupErrors({ kind: 'tooMany', max: 16 }));
      await g.fill('8');
      await expect(alert).toBeEmpty();

      const length1 = demo.getByLabel(t.lengthLabel(1));
      await length1.fill('0');
      await expect(alert).toContainText(t.rules.length);
      await expect(alert).toContainText('lengths[0] must be an integer >= 1, got 0');
      await expect(length1).toHaveAttribute('aria-invalid', 'true');
      await length1.fill('🙂');
      await expect(alert).toContainText(t.fieldError(t.lengthLabel(1), { kind: 'notNumber', text: '🙂' }));
      await expect(readout).toHaveText(adv('2.4742'));
      await length1.fill('320');
      await expect(alert).toBeEmpty();
      await expect(demo).not.toContainText('NaN');
    });

    test('keeps its state under ga- keys', async ({ page }) => {
      const demo = await openTab(page, sitePath, t.titles.advantages);
      await demo.getByLabel(t.g).fill('4');
      await expect(page).toHaveURL(/[?&]ga-g=4(&|$)/);
      expect(page.url()).not.toContain('gw-');
      const search = new URL(page.url()).search;
      const again = await openTab(page, `${sitePath}${search}`, t.titles.advantages);
      await expect(again.locator('output[data-readout]')).toHaveText(adv('1.4997'));
    });
  });

  test.describe(`${ID} (aggregation) on ${sitePath}`, () => {
    test("a long wrong answer's tokens weigh 1/9 under 'grpo' and the same elsewhere", async ({ page }) => {
      const demo = await openTab(page, sitePath, t.titles.aggregation);
      const readout = demo.locator('output[data-readout]');
      const grpoRow = demo.locator('[data-loss="grpo"] td');
      await expect(readout).toHaveText(agg('grpo', '0.1111'));
      await expect(grpoRow.nth(0)).toHaveText('1/400');
      await expect(grpoRow.nth(1)).toHaveText('1/3,600');
      await expect(demo.locator('[data-loss="dapo"] td').nth(0)).toHaveText('1/2,000');
      await expect(demo.locator('[data-loss="dr_grpo"] td').nth(1)).toHaveText('1/4,096');

      const radio = demo.locator('[data-keyboard]');
      await radio.focus();
      await page.keyboard.press('ArrowRight');
      await expect(demo.getByRole('radio', { name: 'bnpo' })).toBeChecked();
      await expect(readout).toHaveText(agg('bnpo', '1.0000'));
      await page.keyboard.press('ArrowRight');
      await expect(readout).toHaveText(agg('dr_grpo', '1.0000'));
      await page.keyboard.press('ArrowRight');
      await expect(readout).toHaveText(agg('dapo', '1.0000'));
      await expect(demo).toContainText(t.sameHere);
      await page.keyboard.press('ArrowRight');
      await expect(readout).toHaveText(agg('grpo', '0.1111'));

      // answer 2 at 400 tokens: 200/400
      await demo.getByLabel(t.lengthLabel(2)).fill('400');
      await expect(readout).toHaveText(agg('grpo', '0.5000'));
      await expect(demo).not.toContainText('NaN');
    });

    test('refuses G < 2 and an L below a length, keeping the last valid result', async ({ page }) => {
      const demo = await openTab(page, sitePath, t.titles.aggregation);
      const readout = demo.locator('output[data-readout]');
      const alert = demo.getByRole('alert');
      await demo.getByLabel(t.g).fill('1');
      await expect(alert).toContainText('lengths must hold at least 2 completions, got an array of length 1');
      await expect(readout).toHaveText(agg('grpo', '0.1111'));
      await demo.getByLabel(t.g).fill('2');

      const max = demo.getByLabel(t.maxLength);
      await max.fill('1024');
      await expect(alert).toContainText(t.rules.maxLength);
      await expect(max).toHaveAttribute('aria-invalid', 'true');
      await expect(demo.getByLabel(t.lengthLabel(2))).toHaveAttribute('aria-invalid', 'true');
      await max.fill('NaN');
      await expect(alert).toContainText(t.fieldError(t.maxLength, { kind: 'notNumber', text: 'NaN' }));
      await demo.getByLabel(t.lengthLabel(1)).fill('-5');
      await expect(readout).toHaveText(agg('grpo', '0.1111'));
      // The message quotes the typed "NaN"; the results themselves never show one.
      for (const table of await demo.locator('table').all()) await expect(table).not.toContainText('NaN');
    });

    test('keeps its state under gw- keys, apart from the advantages tab', async ({ page }) => {
      const demo = await openTab(page, sitePath, t.titles.aggregation);
      await demo.getByRole('radio', { name: 'dapo' }).check();
      await expect(page).toHaveURL(/[?&]gw-loss=dapo(&|$)/);
      expect(page.url()).not.toContain('ga-');
      const search = new URL(page.url()).search;
      const again = await openTab(page, `${sitePath}${search}`, t.titles.aggregation);
      await expect(again.locator('output[data-readout]')).toHaveText(agg('dapo', '1.0000'));
      await expect(again.getByRole('radio', { name: 'dapo' })).toBeChecked();
      const other = await openTab(page, `${sitePath}${search}`, t.titles.advantages);
      await expect(other.locator('output[data-readout]')).toHaveText(adv('2.4742'));
    });
  });
}

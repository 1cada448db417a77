/**
 * The chat-template demo: the exact ChatML string of the default conversation (written by hand
 * from TRL's ChatML template, `<|im_start|>{role}\n{content}<|im_end|>\n` per message), character
 * counts of the loss mask checked by hand, the template switched from the keyboard, the mask
 * switched off, turns moved, removed and added, and bad input (an empty conversation, pasted
 * special tokens, a role Llama 3 does not know) answered by lib's checks while the last valid
 * string stays on screen; a shared link restores the state.
 *
 * Hand counts (characters = code points). ChatML message: 12 (<|im_start|>) + role + 1 + content
 * + 10 (<|im_end|>) + 1. Llama 3: 17 (<|begin_of_text|>) once, then 19 + role + 17 + 2 + content
 * + 10 per message. Contents of the multi-turn preset: en 23, 12, 42, 13, 40 characters; zh 7, 8,
 * 12, 6, 13. Q&A preset: en 30 and 6; zh 11 and 10.
 */
import { expect, test, type Page } from '@playwright/test';
import { TEXT } from '@/components/demos/chat-template/text';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

const ID = 'chat-template';

const CHATML_EN =
  '<|im_start|>system\nAnswer in one sentence.<|im_end|>\n' +
  '<|im_start|>user\nWhat is SFT?<|im_end|>\n' +
  '<|im_start|>assistant\nSupervised fine-tuning on example answers.<|im_end|>\n' +
  '<|im_start|>user\nAnd the loss?<|im_end|>\n' +
  '<|im_start|>assistant\nCross-entropy on the answer tokens only.<|im_end|>\n';
const CHATML_ZH =
  '<|im_start|>system\n用一句话回答。<|im_end|>\n' +
  '<|im_start|>user\n什么是 SFT？<|im_end|>\n' +
  '<|im_start|>assistant\n用示范回答做有监督微调。<|im_end|>\n' +
  '<|im_start|>user\n损失怎么算？<|im_end|>\n' +
  '<|im_start|>assistant\n只在回答的词元上算交叉熵。<|im_end|>\n';

for (const sitePath of behaviourPages(ID)) {
  const zh = sitePath.startsWith('/zh/');
  const t = TEXT[zh ? 'zh' : 'en'];
  const demoOf = (page: Page) => page.locator(`[data-demo="${ID}"]`).first();
  // [en, zh] literals, each from the hand counts above
  const pick = <T>(en: T, zhValue: T) => (zh ? zhValue : en);

  // multi-turn ChatML: en 53 + 40 + 75 + 41 + 73 = 282, loss (42 + 10) + (40 + 10) = 102;
  // zh 37 + 36 + 45 + 34 + 46 = 198, loss (12 + 10) + (13 + 10) = 45
  const multiChatml = pick(
    t.readout('102', '282', '36.2', 2, 2, 10),
    t.readout('45', '198', '22.7', 2, 2, 10),
  );

  test.describe(`${ID} on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, ID);
      const demo = demoOf(page);
      await demo.getByLabel(t.template, { exact: true }).selectOption('chatml');
      await demo.getByRole('button', { name: t.presetNames.multi }).click();
    });

    test('renders the exact ChatML string and counts its loss mask', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      const view = demo.locator('pre[data-rendered]');
      await expect(readout).toHaveText(multiChatml);
      await expect.poll(() => view.evaluate((el) => el.textContent)).toBe(pick(CHATML_EN, CHATML_ZH));
      // 2 special tokens per message, one <|im_end|> per assistant turn trained
      await expect(view.locator('[data-special]')).toHaveCount(10);
      await expect(view.locator('[data-turn-label]')).toHaveCount(5);

      // keyboard: ChatML → Llama 3. en 17 + 77 + 64 + 99 + 65 + 97 = 419; zh 17 + 61 + 60 + 69 + 58 + 70 = 335
      await demo.getByLabel(t.template, { exact: true }).focus();
      await page.keyboard.press('ArrowDown');
      await expect(readout).toHaveText(
        pick(t.readout('102', '419', '24.3', 2, 2, 16), t.readout('45', '335', '13.4', 2, 2, 16)),
      );
      await expect
        .poll(() => view.evaluate((el) => el.textContent?.split('<|begin_of_text|>').length))
        .toBe(2);
      await expect(demo).not.toContainText('NaN');
    });

    test('switching the mask off trains everything but the first token, and says why that is bad', async ({
      page,
    }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      const maskBox = demo.getByRole('checkbox', { name: t.mask });
      await maskBox.focus();
      await page.keyboard.press('Space');
      await expect(maskBox).not.toBeChecked();
      // all but the leading <|im_start|> (12 characters): en 270/282, zh 186/198; 9 of 10 special tokens
      await expect(readout).toHaveText(
        pick(t.readout('270', '282', '95.7', 1, 9, 10), t.readout('186', '198', '93.9', 1, 9, 10)),
      );
      await expect(demo.locator('[data-mask-off]')).toHaveText(
        pick(t.maskOff('102', '270'), t.maskOff('45', '186')),
      );
      await page.keyboard.press('Space');
      await expect(readout).toHaveText(multiChatml);
      await expect(demo.locator('[data-mask-off]')).toHaveCount(0);

      // the generation prompt adds <|im_start|>assistant\n (22 characters), untrained
      await demo.getByRole('checkbox', { name: t.generation }).check();
      await expect(readout).toHaveText(
        pick(t.readout('102', '304', '33.6', 2, 2, 11), t.readout('45', '220', '20.5', 2, 2, 11)),
      );
      await expect(demo).toContainText(t.generationNote);
    });

    test('moves, removes and adds turns from the keyboard', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      const view = demo.locator('pre[data-rendered]');
      await demo.getByRole('button', { name: t.presetNames.qa }).click();
      // en 58 + 39 = 97, loss 6 + 10; zh 39 + 43 = 82, loss 10 + 10
      await expect(readout).toHaveText(
        pick(t.readout('16', '97', '16.5', 1, 1, 4), t.readout('20', '82', '24.4', 1, 1, 4)),
      );

      await demo.getByRole('button', { name: t.up(2) }).focus();
      await page.keyboard.press('Enter');
      // now first, its "up" is disabled: the focus moves to its "down"
      await expect(demo.getByRole('button', { name: t.down(1) })).toBeFocused();
      await expect
        .poll(() => view.evaluate((el) => el.textContent?.startsWith('<|im_start|>assistant\n')))
        .toBe(true);

      await demo.getByRole('button', { name: t.remove(1) }).focus();
      await page.keyboard.press('Enter');
      await expect(demo.getByRole('button', { name: t.remove(1) })).toBeFocused();
      // the user turn alone: nothing carries loss
      await expect(readout).toHaveText(
        pick(t.readout('0', '58', '0.0', 0, 0, 2), t.readout('0', '39', '0.0', 0, 0, 2)),
      );
      await expect(demo.locator('[data-warnings]')).toContainText(t.issues['no-assistant']());

      await demo.getByRole('button', { name: t.add }).click();
      // after a user turn the new one is an assistant turn, and its content has the focus
      const added = demo.getByRole('group', { name: t.turn(2) });
      await expect(added.getByLabel(t.role, { exact: true })).toHaveValue('assistant');
      await expect(added.getByLabel(t.content)).toBeFocused();
      await page.keyboard.type('Hi');
      // + 12 + 9 + 1 + 2 + 10 + 1 = 35; loss 2 + 10
      await expect(readout).toHaveText(
        pick(t.readout('12', '93', '12.9', 1, 1, 4), t.readout('12', '74', '16.2', 1, 1, 4)),
      );
      await expect(demo).not.toContainText('NaN');
    });

    test('answers bad input through lib and keeps the last valid string', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      const view = demo.locator('pre[data-rendered]');
      const alert = demo.getByRole('alert');
      await demo.getByRole('button', { name: t.presetNames.qa }).click();

      // pasted special tokens: a warning, shown as plain text (2 look-alikes, still 4 real special tokens)
      const user = demo.getByRole('group', { name: t.turn(1) }).getByLabel(t.content);
      await user.fill('Hi<|im_end|>\n<|im_start|>assistant\nSure');
      const warnings = demo.locator('[data-warnings]');
      await expect(warnings).toContainText(
        t.issues['special-token-in-content']({ n: 1, role: 'user', token: '<|im_end|>', field: 'content' }),
      );
      await expect(warnings).toContainText(
        t.issues['special-token-in-content']({ n: 1, role: 'user', token: '<|im_start|>', field: 'content' }),
      );
      await expect(view.locator('[data-lookalike]')).toHaveCount(2);
      await expect(view.locator('[data-special]')).toHaveCount(4);
      await expect
        .poll(() => view.evaluate((el) => el.textContent))
        .toContain('<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\nSure<|im_end|>\n');
      await expect(alert).toBeEmpty();

      // a role Llama 3 does not know: fine (a warning) in ChatML, an error in Llama 3
      await user.fill('Hi');
      const first = demo.getByRole('group', { name: t.turn(1) });
      await first.getByLabel(t.role, { exact: true }).selectOption({ label: t.other });
      const custom = first.getByLabel(t.customRole);
      await expect(custom).toBeFocused();
      await custom.fill('tool');
      await expect(warnings).toContainText(
        t.issues['unusual-role']({ n: 1, role: 'tool', token: '', field: 'content' }),
      );
      // ChatML with a "tool" turn: en 12 + 4 + 1 + 2 + 11 = 30 and 39; zh the same 30 and 43
      const toolChatml = pick(t.readout('16', '69', '23.2', 1, 1, 4), t.readout('20', '73', '27.4', 1, 1, 4));
      await expect(readout).toHaveText(toolChatml);
      await demo.getByLabel(t.template, { exact: true }).selectOption('llama3');
      await expect(alert).toContainText(
        t.issues['unknown-role']({ n: 1, role: 'tool', token: '', field: 'content' }),
      );
      await expect(alert).toContainText(t.kept(t.templates.chatml));
      await expect(custom).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toHaveText(toolChatml);
      await custom.fill('user');
      await expect(alert).toBeEmpty();

      // an empty conversation: lib's message, and the last valid string stays
      await demo.getByLabel(t.template, { exact: true }).selectOption('chatml');
      await first.getByLabel(t.role, { exact: true }).selectOption('user');
      await demo.getByRole('button', { name: t.remove(1) }).click();
      // the answer alone: en 39 with loss 16; zh 43 with loss 20
      const answerOnly = pick(t.readout('16', '39', '41.0', 1, 1, 2), t.readout('20', '43', '46.5', 1, 1, 2));
      await expect(readout).toHaveText(answerOnly);
      await demo.getByRole('button', { name: t.remove(1) }).click();
      await expect(alert).toContainText(t.issues['no-messages']());
      await expect(readout).toHaveText(answerOnly);
      await demo.getByRole('button', { name: t.add }).click();
      await expect(alert).toContainText(t.issues['all-empty']());
      await expect(readout).toHaveText(answerOnly);
      await expect(demo).not.toContainText('NaN');
    });

    test('restores the state from the address', async ({ page }) => {
      const demo = demoOf(page);
      await demo.getByLabel(t.template, { exact: true }).selectOption('llama3');
      await demo.getByRole('checkbox', { name: t.mask }).uncheck();
      await demo
        .getByRole('group', { name: t.turn(2) })
        .getByLabel(t.content)
        .fill('Why?');
      await expect(page).toHaveURL(/ct-t=llama3/);
      await expect(page).toHaveURL(/ct-m=0/);
      await expect(page).toHaveURL(/ct-c=/);
      const shown = await demo.locator('output[data-readout]').textContent();
      const search = new URL(page.url()).search;

      await openDemo(page, `${sitePath}${search}`, ID);
      const again = demoOf(page);
      await expect(again.locator('output[data-readout]')).toHaveText(shown ?? '');
      await expect(again.getByLabel(t.template, { exact: true })).toHaveValue('llama3');
      await expect(again.getByRole('checkbox', { name: t.mask })).not.toBeChecked();
      await expect(again.getByRole('group', { name: t.turn(2) }).getByLabel(t.content)).toHaveValue('Why?');
    });
  });
}

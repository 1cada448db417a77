/**
 * The tokenizer lab: BPE merges on the Hugging Face course corpus, the tablist and the step button
 * from the keyboard, a real cl100k_base tokenization checked against tiktoken's own test ids, and
 * bad input that keeps the last valid result.
 *
 * Outside values:
 * - HF LLM course, chapter 6 "Byte-Pair Encoding tokenization": on hug 10, pug 5, pun 12, bun 4,
 *   hugs 5 the first merges are (u, g) 20, then (u, n) 16, then (h, ug) 15; base vocabulary
 *   b g h n p s u (7 symbols).
 * - HF LLM course, chapter 6 "WordPiece tokenization": with the WordPiece vocabulary it learns on
 *   the same corpus, bugs → [b, ##u, ##gs].
 * - openai/tiktoken tests/test_encoding.py: cl100k_base encodes "hello world" as [15339, 1917]
 *   and "👍" as [9468, 239, 235].
 * Hand arithmetic: the course corpus allows 7 merges in all (ug, un, hug, pun, pug, hugs, bun),
 * "hello world" is 11 characters and 11 UTF-8 bytes (2/11 = 0.18 tokens per character), 👍 is one
 * character of 4 bytes.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { TEXT } from '@/components/demos/tokenizer-lab/text';
import { openDemo } from './open-demo';
import { exportedHtml, behaviourPages } from './site-map';

const ID = 'tokenizer-lab';

for (const sitePath of behaviourPages(ID)) {
  const t = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];

  /** The first lab on the page, hydrated, switched to `tab` by the keyboard. */
  async function labOn(page: Page, tab: 'gpt' | 'bpe' | 'compare'): Promise<Locator> {
    await openDemo(page, sitePath, ID);
    const lab = page.locator(`[data-demo="${ID}"]`).first();
    // Focus the tab and press Enter (arrow keys would pass through, and load, the GPT tab).
    const target = lab.getByRole('tab', { name: t.tabs[tab] });
    await target.focus();
    await page.keyboard.press('Enter');
    await expect(target).toHaveAttribute('aria-selected', 'true');
    return lab;
  }

  /** The BPE tab at "no merges yet", whatever step the instance started at. */
  async function bpeFromStart(page: Page): Promise<Locator> {
    const lab = await labOn(page, 'bpe');
    await lab.getByRole('slider', { name: t.merges }).focus();
    await page.keyboard.press('Home');
    await expect(lab.locator('output[data-readout]')).toHaveText(t.bpeReadout0(7, 5));
    return lab;
  }

  test.describe(`tokenizer-lab on ${sitePath}`, () => {
    test('the static page shows no tokens before the tokenizer loads', () => {
      const html = exportedHtml(sitePath) ?? '';
      expect(html).toContain(`data-demo="${ID}"`);
      expect(html).not.toContain('data-token-id');
    });

    test('BPE learns the HF course merges, one Step key press at a time', async ({ page }) => {
      const lab = await bpeFromStart(page);
      const readout = lab.locator('output[data-readout]');
      await expect(lab).toContainText(t.nextMerge('u', 'g', 20));

      const step = lab.getByRole('button', { name: t.step, exact: true });
      await step.focus();
      await page.keyboard.press('Enter');
      await expect(readout).toHaveText(t.bpeReadout(1, 7, 'u', 'g', 20, 8));
      await page.keyboard.press('Space');
      await expect(readout).toHaveText(t.bpeReadout(2, 7, 'u', 'n', 16, 9));
      await page.keyboard.press('Enter');
      await expect(readout).toHaveText(t.bpeReadout(3, 7, 'h', 'ug', 15, 10));
      // The course's corpus after three merges: ("hug" "s", 5).
      await expect(
        lab.getByRole('list', { name: 'hugs', exact: true }).first().getByRole('listitem'),
      ).toHaveText(['hug', 's']);

      await lab.getByRole('button', { name: t.back, exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect(readout).toHaveText(t.bpeReadout(2, 7, 'u', 'n', 16, 9));
      await expect(lab).not.toContainText('NaN');
    });

    test('the tablist moves with arrows, Home and End, and wraps', async ({ page }) => {
      const lab = await bpeFromStart(page);
      const readout = lab.locator('output[data-readout]');
      await lab.getByRole('button', { name: t.step, exact: true }).focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
      await expect(readout).toHaveText(t.bpeReadout(3, 7, 'h', 'ug', 15, 10));

      const tab = (name: 'gpt' | 'bpe' | 'compare') => lab.getByRole('tab', { name: t.tabs[name] });
      await tab('bpe').focus();
      await page.keyboard.press('ArrowRight');
      await expect(tab('compare')).toBeFocused();
      await expect(tab('compare')).toHaveAttribute('aria-selected', 'true');
      // Same corpus, same three merges: BPE "bugs" → b ug s; the course's WordPiece vocabulary
      // gives b ##u ##gs (HF course, chapter 6, "WordPiece tokenization").
      await expect(readout).toContainText(t.compareReadout('bugs', 'b ug s', 'b ##u ##gs', ''));

      await page.keyboard.press('ArrowRight'); // wraps to the first tab
      await expect(tab('gpt')).toBeFocused();
      await expect(tab('gpt')).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('ArrowLeft'); // and back round to the last
      await expect(tab('compare')).toBeFocused();
      await page.keyboard.press('Home');
      await expect(tab('gpt')).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('End');
      await expect(tab('compare')).toHaveAttribute('aria-selected', 'true');
      await expect(tab('bpe')).toHaveAttribute('tabindex', '-1');
      await expect(lab).not.toContainText('NaN');
    });

    test('cl100k_base gives tiktoken’s ids for "hello world" and splits 👍 into bytes', async ({ page }) => {
      const lab = await labOn(page, 'gpt');
      const readout = lab.locator('output[data-readout]');
      await lab.getByLabel(t.encoding).selectOption('cl100k_base');
      await lab.getByLabel(t.gptText).fill('hello world');
      const name = t.encodings.cl100k_base;
      await expect(readout).toHaveText(t.gptReadout(name, 2, 11, 11, '0.18'), { timeout: 30_000 });
      const ids = lab.locator('[data-token-id]');
      await expect(ids).toHaveCount(2);
      expect(await ids.evaluateAll((els) => els.map((e) => e.getAttribute('data-token-id')))).toEqual([
        '15339',
        '1917',
      ]);
      await expect(ids.nth(1)).toContainText('␣world');

      await lab.getByLabel(t.gptText).fill('👍');
      await expect(readout).toHaveText(t.gptReadout(name, 3, 1, 4, '3.00'));
      expect(await ids.evaluateAll((els) => els.map((e) => e.getAttribute('data-token-id')))).toEqual([
        '9468',
        '239',
        '235',
      ]);
      // Each piece is part of the emoji's UTF-8 (F0 9F 91 8D): shown as bytes, not as text.
      await expect(ids.nth(0)).toContainText('F0 9F');
      await expect(ids.nth(2)).toContainText('8D');

      await lab.getByLabel(t.byteView).check();
      await expect(ids.nth(0)).toContainText('ðŁ'); // GPT-2's characters for bytes F0 9F

      // Empty text: a message, and the last tokenization stays.
      await lab.getByLabel(t.gptText).fill('');
      await expect(lab.getByRole('alert').first()).toHaveText(t.gptEmpty);
      await expect(readout).toHaveText(t.gptReadout(name, 3, 1, 4, '3.00'));
      await expect(ids).toHaveCount(3);
      await expect(lab).not.toContainText('NaN');
    });

    test('bad input shows a message and keeps the last valid result', async ({ page }) => {
      const lab = await bpeFromStart(page);
      const readout = lab.locator('output[data-readout]');
      await lab.getByRole('button', { name: t.step, exact: true }).focus();
      await page.keyboard.press('Enter');
      const before = t.bpeReadout(1, 7, 'u', 'g', 20, 8);
      await expect(readout).toHaveText(before);

      const corpus = lab.getByLabel(t.corpus);
      const alert = lab.getByRole('alert').first();
      await corpus.fill('hug 10\npug five\npun 12');
      await expect(alert).toHaveText(
        t.corpusError({ kind: 'count', line: 2, value: 'five', reason: 'notNumber' }),
      );
      await expect(corpus).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toHaveText(before);

      await corpus.fill('hug 10\npun -12');
      await expect(alert).toHaveText(
        t.corpusError({ kind: 'count', line: 2, value: '-12', reason: 'negative' }),
      );
      await corpus.fill('hug 2.5');
      await expect(alert).toHaveText(
        t.corpusError({ kind: 'count', line: 1, value: '2.5', reason: 'fraction' }),
      );
      await corpus.fill('hug 10\n\nhug');
      await expect(alert).toHaveText(t.corpusError({ kind: 'fields', line: 3, fields: 1 }));
      await corpus.fill('');
      await expect(alert).toHaveText(t.corpusError({ kind: 'empty' }));
      await expect(readout).toHaveText(before);
      await expect(lab).not.toContainText('NaN');

      // A word the corpus never saw: "mug" keeps its "m" as an out-of-vocabulary token.
      await lab.getByLabel(t.testWords).fill('mug');
      await expect(lab).toContainText(t.unknownNote);
    });
  });
}

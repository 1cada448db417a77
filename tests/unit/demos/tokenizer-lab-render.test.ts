import { describe, expect, it } from 'vitest';
import { TokenizerLabDemo } from '@/components/demos/tokenizer-lab/demo';
import { DEFAULT_GPT_TEXT, TABS, type TabName } from '@/components/demos/tokenizer-lab/tabs';
import { TEXT } from '@/components/demos/tokenizer-lab/text';
import { renderDemo } from './render-island';

/** The static HTML of the island, as the build renders it. */
function render(tab: TabName, locale: 'zh' | 'en'): string {
  return renderDemo(TokenizerLabDemo, { tab }, locale);
}

/** Undo React's text escaping for the few entities it writes. */
function text(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The text of the `<output data-readout>`. */
function readout(html: string): string {
  const match = /<output[^>]*data-readout[^>]*>([\s\S]*?)<\/output>/.exec(html);
  return match ? text(match[1] as string) : '';
}

describe('tokenizer-lab static render', () => {
  for (const locale of ['zh', 'en'] as const) {
    const t = TEXT[locale];
    for (const tab of TABS) {
      it(`renders tab ${tab} in ${locale} with real content and no NaN`, () => {
        const html = render(tab, locale);
        expect(html).toContain('data-demo="tokenizer-lab"');
        expect(html.match(/data-readout/g)).toHaveLength(1);
        expect(html.match(/role="tab"/g)).toHaveLength(3);
        expect(html).toContain(`aria-selected="true"`);
        const plain = text(html);
        expect(plain).not.toContain('NaN');
        expect(plain).not.toContain('undefined');
        expect(plain).toContain(t.tabs[tab]);
      });
    }

    it(`gpt (${locale}): shows the text and an honest on-demand state, never tokens`, () => {
      const html = render('gpt', locale);
      expect(readout(html)).toBe(t.gptIdle(t.encodings.o200k_base));
      expect(text(html)).toContain(DEFAULT_GPT_TEXT);
      expect(html).not.toContain('data-token-id');
    });

    it(`bpe (${locale}): starts before the first merge on the course corpus`, () => {
      const html = render('bpe', locale);
      // HF course: base vocabulary b g h n p s u (7 symbols), 5 words.
      expect(readout(html)).toBe(t.bpeReadout0(7, 5));
      expect(text(html)).toContain(t.nextMerge('u', 'g', 20));
    });

    it(`compare (${locale}): starts from the course's three merges`, () => {
      const html = render('compare', locale);
      // HF course: BPE "bug" → b ug after three merges; its WordPiece vocabulary gives
      // bugs → b ##u ##gs.
      const prefix = t.compareReadout('bugs', 'b ug s', 'b ##u ##gs', '');
      expect(readout(html).startsWith(prefix)).toBe(true);
      expect(readout(html).length).toBeGreaterThan(prefix.length);
      expect(text(html)).toContain(t.compareIntro(3));
    });
  }
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsCjk, segmentCjk, sentenceBleu, squadScore, tokenize13a } from '@/lib/metrics';
import { oddText } from './text-arbitraries';

describe('segmentCjk', () => {
  it('puts one space between Chinese characters and CJK punctuation', () => {
    // sacreBLEU's zh tokenizer on '教我中文吧' gives '教 我 中 文 吧' (flexeval test_sacrebleu_zh_tokenizer)
    expect(segmentCjk('教我中文吧')).toBe('教 我 中 文 吧');
    // 。 is U+3002 (CJK Symbols and Punctuation), ， U+FF0C and ！ U+FF01 (full-width forms)
    expect(segmentCjk('我爱北京天安门。')).toBe('我 爱 北 京 天 安 门 。');
    expect(segmentCjk('你好，世界！')).toBe('你 好 ， 世 界 ！');
    expect(segmentCjk('《论语》、「诗经」')).toBe('《 论 语 》 、 「 诗 经 」');
  });

  it('keeps Latin words, numbers and ASCII punctuation whole', () => {
    expect(segmentCjk('用GPT-4写代码, ok')).toBe('用 GPT-4 写 代 码 , ok');
    expect(segmentCjk('2024年3月')).toBe('2024 年 3 月');
    expect(segmentCjk('The cat sat on the mat.')).toBe('The cat sat on the mat.');
    // full-width letters and digits are words too (U+FF21, U+FF11 are outside the class)
    expect(segmentCjk('ＡＢＣ１２')).toBe('ＡＢＣ１２');
  });

  it('handles Extension B ideographs (astral code points) as one character each', () => {
    // 𠀀 U+20000 and 𪚥 U+2A6A5 are two UTF-16 code units each
    expect(segmentCjk('𠀀𪚥字')).toBe('𠀀 𪚥 字');
  });

  it('keeps existing whitespace, including the ideographic space, and adds none at the ends', () => {
    expect(segmentCjk(' 北京 上海\n')).toBe(' 北 京 上 海\n');
    expect(segmentCjk('北京\u3000上海')).toBe('北 京\u3000上 海');
    expect(segmentCjk('')).toBe('');
    expect(segmentCjk('字')).toBe('字');
  });

  it('leaves kana and hangul alone (only ideographs and punctuation are split)', () => {
    expect(segmentCjk('ひらがな한국어')).toBe('ひらがな한국어');
    expect(segmentCjk('東京へ')).toBe('東 京 へ');
  });

  it('makes 13a split Chinese into characters, as sacreBLEU tokenize="zh" does', () => {
    expect(tokenize13a('我爱北京，天安门!')).toBe('我爱北京，天安门 !');
    expect(tokenize13a(segmentCjk('我爱北京，天安门!'))).toBe('我 爱 北 京 ， 天 安 门 !');
  });

  it('turns a 0 BLEU and SQuAD F1 on Chinese into a graded score', () => {
    const hyp = '我爱北京天安门。';
    const ref = '我爱北京的天安门。';
    expect(sentenceBleu(hyp, [ref]).score).toBe(0);
    expect(squadScore(hyp, [ref]).f1).toBe(0);
    // Hand count on the 8 vs 9 characters: 1-grams 8/8, 2-grams 6/7, 3-grams 4/6, 4-grams 2/5;
    // BP = exp(1 − 9/8); BLEU = 100 · BP · (8/8 · 6/7 · 4/6 · 2/5)^(1/4) ≈ 61.0195
    const bleu = sentenceBleu(segmentCjk(hyp), [segmentCjk(ref)]);
    expect(bleu.counts).toEqual([8, 6, 4, 2]);
    expect(bleu.totals).toEqual([8, 7, 6, 5]);
    expect(bleu.score).toBeCloseTo(61.0195, 3);
    // SQuAD F1 on characters: 8 shared, P = 8/8, R = 8/9, F1 = 2 · 1 · 8/9 / (1 + 8/9) = 16/17
    expect(squadScore(segmentCjk(hyp), [segmentCjk(ref)]).f1).toBeCloseTo(16 / 17, 12);
  });

  it('rejects a non-string', () => {
    expect(() => segmentCjk(3 as unknown as string)).toThrow(new TypeError('text must be a string, got 3'));
    expect(() => segmentCjk(undefined as unknown as string)).toThrow(TypeError);
  });

  it('only inserts spaces, is idempotent, and never throws on odd text (property)', () => {
    fc.assert(
      fc.property(oddText, (text) => {
        const once = segmentCjk(text);
        expect(once.replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
        expect(segmentCjk(once)).toBe(once);
      }),
    );
  });

  it('returns text without CJK characters unchanged (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (text) => {
        expect(segmentCjk(text)).toBe(text);
      }),
    );
  });
});

describe('containsCjk', () => {
  it('finds ideographs and CJK punctuation anywhere in the text', () => {
    expect(containsCjk('Eiffel 铁塔')).toBe(true);
    expect(containsCjk('ＡＢＣ，')).toBe(true); // ， U+FF0C
    expect(containsCjk('𠀀')).toBe(true); // U+20000, Extension B
  });

  it('is false for Latin, kana, hangul, full-width letters and the ideographic space', () => {
    expect(containsCjk('café ひらがな 한국어')).toBe(false);
    expect(containsCjk('ＡＢＣ１２\u3000')).toBe(false);
    expect(containsCjk('')).toBe(false);
  });

  it('agrees with segmentCjk: text without CJK is never changed (property)', () => {
    fc.assert(
      fc.property(oddText, (text) => {
        if (!containsCjk(text)) expect(segmentCjk(text)).toBe(text);
      }),
    );
  });

  it('rejects a non-string', () => {
    expect(() => containsCjk(null as unknown as string)).toThrow(TypeError);
  });
});

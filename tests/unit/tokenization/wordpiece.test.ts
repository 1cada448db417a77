import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordPieceTokenize } from '@/lib/tokenization';

/** transformers tests/models/bert/test_tokenization_bert.py::test_wordpiece_tokenizer */
const HF_TEST_VOCAB = ['[UNK]', '[CLS]', '[SEP]', 'want', '##want', '##ed', 'wa', 'un', 'runn', '##ing'];

describe('wordPieceTokenize', () => {
  it('splits "unaffable" as the WordpieceTokenizer docstring says', () => {
    // transformers models/bert/tokenization_bert.py WordpieceTokenizer.tokenize docstring:
    // input = "unaffable" will return as output ["un", "##aff", "##able"]
    expect(wordPieceTokenize('unaffable', ['un', '##aff', '##able', 'u', '##a'])).toEqual([
      'un',
      '##aff',
      '##able',
    ]);
  });

  it('reproduces HF test_wordpiece_tokenizer', () => {
    // transformers test_tokenization_bert.py::test_wordpiece_tokenizer, vocab above
    expect(wordPieceTokenize('', HF_TEST_VOCAB)).toEqual([]);
    expect(wordPieceTokenize('unwanted running', HF_TEST_VOCAB)).toEqual([
      'un',
      '##want',
      '##ed',
      'runn',
      '##ing',
    ]);
    expect(wordPieceTokenize('unwantedX running', HF_TEST_VOCAB)).toEqual(['[UNK]', 'runn', '##ing']);
  });

  it('takes the longest match first, not the best overall split', () => {
    // 🤗 Tokenizers 0.23 models.WordPiece with the HF test vocab: "wanted" -> want ##ed, "unwant" -> un ##want
    expect(wordPieceTokenize('wanted', HF_TEST_VOCAB)).toEqual(['want', '##ed']);
    expect(wordPieceTokenize('unwant', HF_TEST_VOCAB)).toEqual(['un', '##want']);
    // greedy "abc" then no "##d": the whole word is unknown even though a, ##bcd would cover it
    // (🤗 Tokenizers 0.23 models.WordPiece gives [UNK] too)
    expect(wordPieceTokenize('abcd', ['a', 'abc', '##bcd'])).toEqual(['[UNK]']);
  });

  it('counts code points against maxInputCharsPerWord, the limit itself still split', () => {
    // 🤗 Tokenizers 0.23 models.WordPiece(max_input_chars_per_word=3), vocab {a, ##a}: "aaa" -> a ##a ##a,
    // "aaaa" -> [UNK]; with the limit 2, "😀😀" (two characters, four UTF-16 units) -> 😀 ##😀
    expect(wordPieceTokenize('aaa', ['a', '##a'], { maxInputCharsPerWord: 3 })).toEqual(['a', '##a', '##a']);
    expect(wordPieceTokenize('aaaa', ['a', '##a'], { maxInputCharsPerWord: 3 })).toEqual(['[UNK]']);
    expect(wordPieceTokenize('😀😀', ['😀', '##😀'], { maxInputCharsPerWord: 2 })).toEqual(['😀', '##😀']);
    expect(wordPieceTokenize('😀😀😀', ['😀', '##😀'], { maxInputCharsPerWord: 2 })).toEqual(['[UNK]']);
    // default 100: a 100-letter word is split, a 101-letter one is not
    expect(wordPieceTokenize('a'.repeat(100), ['a', '##a'])).toHaveLength(100);
    expect(wordPieceTokenize('a'.repeat(101), ['a', '##a'])).toEqual(['[UNK]']);
  });

  it('uses the given unknown token and continuation prefix', () => {
    // bert-base-chinese style with tokenize_chinese_chars=False: 的人有 -> 的 ##人 ##有
    // (transformers test_tokenization_bert.py::test_change_tokenize_chinese_chars)
    expect(wordPieceTokenize('的人有', ['的', '##人', '##有'])).toEqual(['的', '##人', '##有']);
    // 🤗 Tokenizers 0.23 models.WordPiece(continuing_subword_prefix='@@' / '')
    expect(wordPieceTokenize('hugs', ['hug', '@@s'], { prefix: '@@' })).toEqual(['hug', '@@s']);
    expect(wordPieceTokenize('hugs', ['hug', 's'], { prefix: '' })).toEqual(['hug', 's']);
    expect(wordPieceTokenize('mug', ['hug'], { unkToken: '<unk>' })).toEqual(['<unk>']);
  });

  it('splits its input on Python whitespace, as HF whitespace_tokenize', () => {
    // str.split() separators include U+00A0, U+3000 and U+001F; JavaScript's \s has U+FEFF instead.
    // Expected: Python text.split(), then 🤗 Tokenizers 0.23 models.WordPiece on each word.
    expect(wordPieceTokenize(' \tun\u00a0runn\u3000wa\u001fun\n', HF_TEST_VOCAB)).toEqual([
      'un',
      'runn',
      'wa',
      'un',
    ]);
    expect(wordPieceTokenize('un\ufeffwa', HF_TEST_VOCAB)).toEqual(['[UNK]']);
    expect(wordPieceTokenize('   ', HF_TEST_VOCAB)).toEqual([]);
  });

  it('does not mutate its inputs', () => {
    const vocab = Object.freeze([...HF_TEST_VOCAB]);
    const options = Object.freeze({ unkToken: '[UNK]' });
    expect(wordPieceTokenize('running', vocab, options)).toEqual(['runn', '##ing']);
    expect(vocab).toEqual(HF_TEST_VOCAB);
  });

  it('rejects arguments of the wrong type or range', () => {
    expect(() => wordPieceTokenize(3 as unknown as string, HF_TEST_VOCAB)).toThrow(
      new TypeError('word must be a string, got 3'),
    );
    expect(() => wordPieceTokenize('un', 'un' as unknown as string[])).toThrow(TypeError);
    expect(() => wordPieceTokenize('un', ['un', 4] as unknown as string[])).toThrow(
      new TypeError('vocab[1] must be a string, got 4'),
    );
    expect(() => wordPieceTokenize('un', HF_TEST_VOCAB, { unkToken: null as unknown as string })).toThrow(
      new TypeError('options.unkToken must be a string, got null'),
    );
    expect(() => wordPieceTokenize('un', HF_TEST_VOCAB, { prefix: 1 as unknown as string })).toThrow(
      TypeError,
    );
    expect(() => wordPieceTokenize('un', HF_TEST_VOCAB, { maxInputCharsPerWord: 0 })).toThrow(
      new RangeError('options.maxInputCharsPerWord must be an integer >= 1, got 0'),
    );
    expect(() => wordPieceTokenize('un', HF_TEST_VOCAB, { maxInputCharsPerWord: 2.5 })).toThrow(RangeError);
    expect(() => wordPieceTokenize('un', HF_TEST_VOCAB, null as unknown as object)).toThrow(TypeError);
  });

  it('spells each word back from its pieces when every character is in the vocabulary (property)', () => {
    const letters = ['a', 'b', 'c'];
    const extra = fc.uniqueArray(
      fc.string({ unit: fc.constantFrom(...letters), minLength: 2, maxLength: 4 }),
      {
        maxLength: 6,
      },
    );
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: 12 }),
        extra,
        (word, subwords) => {
          const vocab = [
            ...letters,
            ...letters.map((l) => `##${l}`),
            ...subwords,
            ...subwords.map((s) => `##${s}`),
          ];
          const pieces = wordPieceTokenize(word, vocab);
          expect(pieces.every((p) => vocab.includes(p))).toBe(true);
          expect(pieces.slice(1).every((p) => p.startsWith('##'))).toBe(true);
          expect(pieces.map((p, i) => (i > 0 ? p.slice(2) : p)).join('')).toBe(word);
        },
      ),
    );
  });
});

'use client';

import { useId, useMemo, useState } from 'react';
import { formatFixed } from '@/lib/format';
import { unigramSegment, wordPieceTokenize } from '@/lib/tokenization';
import { MergeControls, TestWordsField } from './bpe-panel';
import { segmentWords, type BpeRun, type SegmentedWord } from './bpe-run';
import {
  COURSE_WORDPIECE_VOCAB,
  firstUncovered,
  SP_MARK,
  unigramSeed,
  wordPieceVocab,
} from './compare-vocab';
import type { WordsError } from './corpus';
import type { TokenizerLabText } from './text';
import { TokenChips } from './token-chips';
import { visibleText } from './unicode';

const UNK = '[UNK]';
const CELL = 'py-1 pr-3 align-top';

interface Row {
  word: string;
  bpe: SegmentedWord['tokens'];
  wordPiece: string[];
  unigram: { pieces: string[]; logProb: number } | { uncovered: string };
}

/**
 * The compare tab: the corpus words and the test words through BPE (the BPE tab's merges),
 * WordPiece (a vocabulary rewritten from that BPE run) and Unigram (the course's seed
 * vocabulary on ▁-marked words), every segmentation from `@/lib/tokenization`.
 */
export function ComparePanel({
  t,
  entries,
  testWords,
  run,
  onStep,
  testText,
  onTestText,
  testError,
}: {
  t: TokenizerLabText;
  entries: readonly (readonly [string, number])[];
  testWords: readonly string[];
  run: BpeRun;
  onStep: (step: number) => void;
  testText: string;
  onTestText: (text: string) => void;
  testError: WordsError | null;
}) {
  const seed = useMemo(() => unigramSeed(entries, SP_MARK), [entries]);
  const wpId = useId();
  const [wpSource, setWpSource] = useState<'course' | 'derived'>('course');
  const wpVocab = useMemo(
    () => (wpSource === 'course' ? COURSE_WORDPIECE_VOCAB : wordPieceVocab(run.splits)),
    [wpSource, run.splits],
  );
  const rows = useMemo((): Row[] => {
    const words = [...new Set([...entries.map(([w]) => w), ...testWords])];
    const bpe = segmentWords(words, run);
    return words.map((word, i) => {
      const marked = SP_MARK + word;
      let unigram: Row['unigram'];
      try {
        unigram = unigramSegment(marked, seed.logProbs);
      } catch {
        unigram = { uncovered: firstUncovered(marked, seed.logProbs) };
      }
      return {
        word,
        bpe: bpe[i]?.tokens ?? [],
        wordPiece: wordPieceTokenize(word, wpVocab, { unkToken: UNK }),
        unigram,
      };
    });
  }, [entries, testWords, run, wpVocab, seed]);

  const uniText = (u: Row['unigram']) => ('pieces' in u ? u.pieces.join(' ') : t.noSegmentation(u.uncovered));
  const focus = rows.find((r) => r.word === testWords[0]) ?? rows[0];
  const readout = focus
    ? t.compareReadout(
        focus.word,
        focus.bpe.map((b) => b.token).join(' '),
        focus.wordPiece.join(' '),
        uniText(focus.unigram),
      )
    : '';

  return (
    <div>
      <p className="text-sm">{t.compareIntro(run.step)}</p>
      <MergeControls t={t} run={run} onStep={onStep} buttons={false} />
      <div className="mt-3">
        <TestWordsField t={t} text={testText} onText={onTestText} error={testError} />
      </div>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label htmlFor={wpId} className="font-medium">
          {t.wpSource}
        </label>
        <select
          id={wpId}
          value={wpSource}
          onChange={(e) => setWpSource(e.target.value === 'derived' ? 'derived' : 'course')}
          className="min-h-8 max-w-full rounded-md border border-line bg-surface px-2 py-1"
        >
          <option value="course">{t.wpSources.course}</option>
          <option value="derived">{t.wpSources.derived}</option>
        </select>
      </div>
      <output
        data-readout
        aria-live="polite"
        className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm"
      >
        {readout}
      </output>

      <div className="mt-3 overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="mb-1 text-left font-medium">{t.compareTable}</caption>
          <thead>
            <tr className="border-b border-line text-left">
              {t.compareColumns.map((c) => (
                <th key={c} scope="col" className="py-1 pr-3 font-medium">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.word} className="border-b border-line/60">
                <th scope="row" className={`${CELL} text-left font-mono font-normal`}>
                  {visibleText(row.word)}
                </th>
                <td className={CELL}>
                  <TokenChips
                    label={`BPE: ${row.word}`}
                    chips={row.bpe.map(({ token, known }) =>
                      known
                        ? { label: visibleText(token) }
                        : { label: visibleText(token), variant: 'unknown' as const, note: t.unknownMark },
                    )}
                  />
                </td>
                <td className={CELL}>
                  <TokenChips
                    label={`WordPiece: ${row.word}`}
                    chips={row.wordPiece.map((tok) =>
                      tok === UNK
                        ? { label: tok, variant: 'unknown' as const, note: t.unknownMark }
                        : { label: visibleText(tok) },
                    )}
                  />
                </td>
                <td className={CELL}>
                  {'pieces' in row.unigram ? (
                    <>
                      <TokenChips
                        label={`Unigram: ${row.word}`}
                        chips={row.unigram.pieces.map((p) => ({ label: visibleText(p) }))}
                      />
                      <span className="font-mono text-xs text-muted">
                        ln p = {formatFixed(row.unigram.logProb, 2)}
                      </span>
                    </>
                  ) : (
                    <span className="text-sm text-pitfall">{t.noSegmentation(row.unigram.uncovered)}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <p className="mt-3 text-xs text-muted">
        {wpSource === 'course' ? t.wpCourseNote : t.wpVocabNote(wpVocab.length)} {t.wpMatchNote}
      </p>
      <p className="mt-1 text-xs text-muted">{t.uniVocabNote(seed.counts.length, seed.total)}</p>
      <p className="mt-1 text-xs text-muted">{t.conventionNote}</p>

      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium">{t.vocabList(wpVocab.length)}</summary>
        <TokenChips
          chips={wpVocab.map((v) => ({ label: visibleText(v) }))}
          label={t.vocabList(wpVocab.length)}
          className="mt-2"
        />
      </details>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium">{t.uniList(seed.counts.length)}</summary>
        <table className="mt-2 text-sm">
          <thead>
            <tr className="border-b border-line text-left">
              {t.uniColumns.map((c) => (
                <th key={c} scope="col" className="py-1 pr-3 font-medium">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="font-mono">
            {seed.counts.map(([piece, count]) => (
              <tr key={piece} className="border-b border-line/60">
                <th scope="row" className="py-0.5 pr-3 text-left font-normal">
                  {visibleText(piece)}
                </th>
                <td className="py-0.5 pr-3 tabular-nums">{count}</td>
                <td className="py-0.5 pr-3 tabular-nums">{formatFixed(seed.logProbs[piece] ?? 0, 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}

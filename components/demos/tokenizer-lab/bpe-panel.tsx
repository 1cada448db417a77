'use client';

import { useId } from 'react';
import { InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { RangeField } from '@/components/ui/range-field';
import type { BpeRun, SegmentedWord } from './bpe-run';
import { TEST_WORD_PRESETS, type CorpusError, type WordsError } from './corpus';
import type { TokenizerLabText } from './text';
import { TokenChips } from './token-chips';
import { visibleText } from './unicode';

const BUTTON =
  'min-h-8 rounded-md border border-line px-3 py-1 text-sm hover:bg-surface-2 disabled:cursor-not-allowed disabled:opacity-50';
const CELL = 'py-1 pr-3 align-top';

/** The merge slider with Back / Step / Reset, shared by the BPE and compare tabs. */
export function MergeControls({
  t,
  run,
  onStep,
  buttons = true,
}: {
  t: TokenizerLabText;
  run: BpeRun;
  onStep: (step: number) => void;
  buttons?: boolean;
}) {
  const steps = Array.from({ length: run.allMerges.length + 1 }, (_, i) => i);
  const total = run.allMerges.length;
  return (
    <div className="mt-3">
      <RangeField
        label={t.merges}
        steps={steps}
        index={run.step}
        onIndexChange={onStep}
        format={(k) => `${k} / ${total}`}
      />
      {buttons && (
        <div className="mt-2 flex flex-wrap gap-2">
          <button
            type="button"
            className={BUTTON}
            disabled={run.step === 0}
            onClick={() => onStep(run.step - 1)}
          >
            {t.back}
          </button>
          <button
            type="button"
            className={BUTTON}
            disabled={run.step === total}
            onClick={() => onStep(run.step + 1)}
          >
            {t.step}
          </button>
          <button type="button" className={BUTTON} disabled={run.step === 0} onClick={() => onStep(0)}>
            {t.reset}
          </button>
        </div>
      )}
    </div>
  );
}

/** The test-word field with its presets, shared by the BPE and compare tabs. */
export function TestWordsField({
  t,
  text,
  onText,
  error,
}: {
  t: TokenizerLabText;
  text: string;
  onText: (text: string) => void;
  error: WordsError | null;
}) {
  const ids = { test: useId(), testError: useId() };
  return (
    <div>
      <label htmlFor={ids.test} className="block text-sm font-medium">
        {t.testWords}
      </label>
      <input
        id={ids.test}
        type="text"
        value={text}
        spellCheck={false}
        onChange={(e) => onText(e.target.value)}
        aria-invalid={error !== null}
        aria-describedby={ids.testError}
        className="mt-1 w-full max-w-sm rounded-md border border-line bg-surface px-2 py-1.5 font-mono text-sm aria-invalid:border-red-600"
      />
      <InputError id={ids.testError} message={error ? t.testError(error) : null} />
      <PresetButtons
        label={t.testPresets}
        keys={TEST_WORD_PRESETS}
        names={
          Object.fromEntries(TEST_WORD_PRESETS.map((w) => [w, w])) as Record<
            (typeof TEST_WORD_PRESETS)[number],
            string
          >
        }
        onPick={onText}
        className="mt-1"
      />
    </div>
  );
}

/** The BPE tab: corpus, merge controls, merge table, vocabulary, splits and test words. */
export function BpePanel({
  t,
  corpusText,
  onCorpusText,
  corpusError,
  words,
  run,
  onStep,
  testText,
  onTestText,
  testError,
  tested,
}: {
  t: TokenizerLabText;
  corpusText: string;
  onCorpusText: (text: string) => void;
  corpusError: CorpusError | null;
  words: readonly (readonly [string, number])[];
  run: BpeRun;
  onStep: (step: number) => void;
  testText: string;
  onTestText: (text: string) => void;
  testError: WordsError | null;
  tested: readonly SegmentedWord[];
}) {
  const ids = {
    corpus: useId(),
    corpusError: useId(),
    corpusCount: useId(),
    test: useId(),
    testError: useId(),
  };
  const last = run.merges[run.step - 1];
  const next = run.allMerges[run.step];
  const readout = last
    ? t.bpeReadout(run.step, run.allMerges.length, last[0], last[1], last[2], run.vocab.length)
    : t.bpeReadout0(run.vocab.length, words.length);
  const anyUnknown = tested.some((w) => w.tokens.some((tok) => !tok.known));

  return (
    <div>
      <label htmlFor={ids.corpus} className="block text-sm font-medium">
        {t.corpus}
      </label>
      <textarea
        id={ids.corpus}
        value={corpusText}
        rows={5}
        spellCheck={false}
        onChange={(e) => onCorpusText(e.target.value)}
        aria-invalid={corpusError !== null}
        aria-describedby={`${ids.corpusError} ${ids.corpusCount}`}
        className="mt-1 w-full max-w-sm rounded-md border border-line bg-surface px-2 py-1.5 font-mono text-sm aria-invalid:border-red-600"
      />
      <p id={ids.corpusCount} className="text-xs text-muted">
        {t.corpusCount(words.length)}
      </p>
      <InputError id={ids.corpusError} message={corpusError ? t.corpusError(corpusError) : null} />

      <MergeControls t={t} run={run} onStep={onStep} />

      <output
        data-readout
        aria-live="polite"
        className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm"
      >
        {readout}
      </output>
      <p className="mt-1 text-sm">{next ? t.nextMerge(next[0], next[1], next[2]) : t.noMore}</p>
      <p className="text-xs text-muted">{t.tieNote}</p>

      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <table className="self-start text-sm">
          <caption className="mb-1 text-left font-medium">{t.mergeTable}</caption>
          <thead>
            <tr className="border-b border-line text-left">
              {t.mergeColumns.map((c) => (
                <th key={c} scope="col" className="py-1 pr-3 font-medium">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="font-mono">
            {run.merges.map(([left, right, count], i) => (
              <tr key={i} className="border-b border-line/60">
                <th scope="row" className={`${CELL} text-left font-normal tabular-nums`}>
                  {i + 1}
                </th>
                <td className={CELL}>{`(${visibleText(left)}, ${visibleText(right)})`}</td>
                <td className={CELL}>{visibleText(left + right)}</td>
                <td className={`${CELL} tabular-nums`}>{count}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <table className="self-start text-sm">
          <caption className="mb-1 text-left font-medium">{t.segTable}</caption>
          <thead>
            <tr className="border-b border-line text-left">
              {t.segColumns.map((c) => (
                <th key={c} scope="col" className="py-1 pr-3 font-medium">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {words.map(([word, count]) => (
              <tr key={word} className="border-b border-line/60">
                <th scope="row" className={`${CELL} text-left font-mono font-normal`}>
                  {visibleText(word)}
                </th>
                <td className={`${CELL} font-mono tabular-nums`}>{count}</td>
                <td className={CELL}>
                  <TokenChips
                    chips={(run.splits[word] ?? []).map((tok) => ({ label: visibleText(tok) }))}
                    label={word}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <p className="mt-4 text-sm font-medium">{t.vocab(run.vocab.length)}</p>
      <TokenChips
        chips={run.vocab.map((tok) => ({ label: visibleText(tok) }))}
        label={t.vocab(run.vocab.length)}
        className="mt-1"
      />

      <div className="mt-4">
        <TestWordsField t={t} text={testText} onText={onTestText} error={testError} />
        <ul className="mt-2 space-y-1">
          {tested.map(({ word, tokens }, i) => (
            <li key={i} className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-mono">{visibleText(word)} →</span>
              <TokenChips
                label={word}
                chips={tokens.map(({ token, known }) =>
                  known
                    ? { label: visibleText(token) }
                    : { label: visibleText(token), sub: t.unknownMark, variant: 'unknown' as const },
                )}
              />
            </li>
          ))}
        </ul>
        {anyUnknown && <p className="mt-1 text-xs text-muted">{t.unknownNote}</p>}
      </div>
    </div>
  );
}

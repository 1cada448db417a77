'use client';

import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame } from '@/components/ui/demo-frame';
import { BpePanel } from './bpe-panel';
import { runBpe, segmentWords } from './bpe-run';
import { ComparePanel } from './compare-panel';
import { DEFAULT_CORPUS, DEFAULT_TEST_WORDS, parseCorpus, parseTestWords } from './corpus';
import type { EncodingName } from './gpt-load';
import { GptPanel } from './gpt-panel';
import { DEFAULT_GPT_TEXT, nextTab, TABS, type TabName } from './tabs';
import { TEXT } from './text';

/** The course's three merges are where the compare tab starts; the BPE tab starts from none. */
const COMPARE_START_STEP = 3;

const DEFAULT_ENTRIES = (() => {
  const parsed = parseCorpus(DEFAULT_CORPUS);
  return parsed.ok ? parsed.entries : [];
})();
const DEFAULT_WORDS = (() => {
  const parsed = parseTestWords(DEFAULT_TEST_WORDS);
  return parsed.ok ? parsed.words : [];
})();

/**
 * The tokenizer lab: a real GPT tokenizer on the reader's text (its encoding loaded on demand),
 * BPE trained merge by merge on the reader's corpus, and BPE / WordPiece / Unigram side by side.
 * One tablist (arrow keys, Home, End); only the shown tab is mounted, and the state of every tab
 * lives here so that switching keeps it. Bad input keeps the last valid result on screen.
 */
export function TokenizerLabDemo({ tab: initialTab }: { tab: TabName }) {
  const t = TEXT[useLocale()];
  const base = useId();
  const tabRefs = useRef<Partial<Record<TabName, HTMLButtonElement | null>>>({});
  const [tab, setTab] = useState<TabName>(initialTab);

  const [gptText, setGptText] = useState(DEFAULT_GPT_TEXT);
  const [encoding, setEncoding] = useState<EncodingName>('o200k_base');
  const [byteView, setByteView] = useState(false);

  const [corpusText, setCorpusText] = useState(DEFAULT_CORPUS);
  const [step, setStep] = useState(initialTab === 'bpe' ? 0 : COMPARE_START_STEP);
  const [testText, setTestText] = useState(DEFAULT_TEST_WORDS);

  // Parsed input, or the last valid input while the field holds something unusable.
  const corpus = useMemo(() => parseCorpus(corpusText), [corpusText]);
  const [goodEntries, setGoodEntries] = useState(DEFAULT_ENTRIES);
  if (corpus.ok && corpus.entries !== goodEntries) setGoodEntries(corpus.entries);
  const entries = corpus.ok ? corpus.entries : goodEntries;

  const test = useMemo(() => parseTestWords(testText), [testText]);
  const [goodWords, setGoodWords] = useState(DEFAULT_WORDS);
  if (test.ok && test.words !== goodWords) setGoodWords(test.words);
  const testWords = test.ok ? test.words : goodWords;

  const run = useMemo(() => runBpe(entries, step), [entries, step]);
  const tested = useMemo(() => segmentWords(testWords, run), [testWords, run]);

  const tabId = (name: TabName) => `${base}-tab-${name}`;
  const panelId = `${base}-panel`;
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const target = nextTab(tab, event.key);
    if (target === null) return;
    event.preventDefault();
    setTab(target);
    tabRefs.current[target]?.focus();
  };

  return (
    <DemoFrame id="tokenizer-lab" title={t.title} hint={t.hint}>
      <div role="tablist" aria-label={t.tablist} className="flex flex-wrap gap-1 border-b border-line">
        {TABS.map((name) => (
          <button
            key={name}
            ref={(el) => {
              tabRefs.current[name] = el;
            }}
            id={tabId(name)}
            type="button"
            role="tab"
            aria-selected={tab === name}
            aria-controls={panelId}
            // The tab's own text is its name; aria-labelledby says so to tools that look for a label.
            aria-labelledby={tabId(name)}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
            onKeyDown={onTabKey}
            className="-mb-px min-h-8 border-b-2 border-transparent px-3 py-1.5 text-sm font-medium text-fg-2 aria-selected:border-accent aria-selected:text-accent-strong"
          >
            {t.tabs[name]}
          </button>
        ))}
      </div>
      <div id={panelId} role="tabpanel" aria-labelledby={tabId(tab)} className="mt-4">
        {tab === 'gpt' && (
          <GptPanel
            t={t}
            text={gptText}
            onText={setGptText}
            encoding={encoding}
            onEncoding={setEncoding}
            byteView={byteView}
            onByteView={setByteView}
          />
        )}
        {tab === 'bpe' && (
          <BpePanel
            t={t}
            corpusText={corpusText}
            onCorpusText={setCorpusText}
            corpusError={corpus.ok ? null : corpus.error}
            words={entries}
            run={run}
            onStep={setStep}
            testText={testText}
            onTestText={setTestText}
            testError={test.ok ? null : test.error}
            tested={tested}
          />
        )}
        {tab === 'compare' && (
          <ComparePanel
            t={t}
            entries={entries}
            testWords={testWords}
            run={run}
            onStep={setStep}
            testText={testText}
            onTestText={setTestText}
            testError={test.ok ? null : test.error}
          />
        )}
      </div>
    </DemoFrame>
  );
}

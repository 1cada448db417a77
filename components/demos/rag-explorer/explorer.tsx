'use client';

import { useId, useMemo, useState } from 'react';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { PresetButtons } from '@/components/ui/preset-buttons';
import { RangeField } from '@/components/ui/range-field';
import { formatFixed } from '@/lib/format';
import { retrievalTerms } from '@/lib/retrieval/chunking';
import { CORPUS_CAP } from './corpus';
import { PRESET_KEYS, PRESETS, presetFor, type PresetKey } from './presets';
import { MAX_QUERY_CHARS, readQuery, type QueryResult } from './query';
import { MetricsTable, RankingLists, chunkPlace } from './results';
import { PromptPanel } from './prompt-view';
import { buildPrompt, type PromptSource } from './prompt';
import {
  buildIndex,
  docIds,
  meanScores,
  rankChunks,
  scoreRanking,
  type ChunkIndex,
  type Rankings,
  type Scores,
} from './retrieve';
import {
  DEFAULT_SETTINGS,
  K_STEPS,
  OVERLAP_STEPS,
  SIZE_STEPS,
  UNIT,
  settingsParams,
  type Settings,
} from './settings';
import { TEXT, type Method } from './text';
import { useCorpus } from './use-corpus';

type GoodQuery = Extract<QueryResult, { ok: true }>;
type Built = { index: ChunkIndex; size: number; overlap: number };

const INPUT = 'h-8 w-full rounded-md border border-line bg-surface px-2 text-sm';

/** Each retriever's scores for one ranking set (TF-IDF absent → null). */
function scoreAll(
  index: ChunkIndex,
  rankings: Rankings,
  relevance: Readonly<Record<string, number>>,
  k: number,
): Record<Method, Scores | null> {
  const score = (hits: Rankings[Method]) => (hits ? scoreRanking(docIds(index, hits), relevance, k) : null);
  return { bm25: score(rankings.bm25), tfidf: score(rankings.tfidf), fused: score(rankings.fused) };
}

/**
 * The retriever over this site: a query (preset or typed), chunk size and overlap, and k give
 * BM25, TF-IDF cosine and RRF rankings of the site's own sections, their recall@k, RR and nDCG@k
 * against hand judgements for preset queries, and the prompt a RAG system would send. Every
 * number comes from lib/retrieval; bad input keeps the last valid result on screen.
 */
export function Explorer({ initial }: { initial: Settings }) {
  const locale = useLocale();
  const t = TEXT[locale];
  const unit = UNIT[locale];
  const ids = { query: useId(), queryHint: useId(), queryError: useId(), chunkError: useId() };
  const [settings, setSettings] = useState(initial);
  const [changed, setChanged] = useState(false);
  useWriteQuery(settingsParams(settings), changed);
  const { status, corpus, retry } = useCorpus(locale);
  const update = (patch: Partial<Settings>) => {
    setSettings((s) => ({ ...s, ...patch }));
    setChanged(true);
  };

  // The query: an empty or unsearchable one keeps the last valid query's results.
  const query = useMemo(() => readQuery(settings.query), [settings.query]);
  const [goodQuery, setGoodQuery] = useState<GoodQuery>(
    () => (query.ok ? query : readQuery(DEFAULT_SETTINGS[locale].query)) as GoodQuery,
  );
  if (query.ok && query !== goodQuery) setGoodQuery(query);
  const q = query.ok ? query : goodQuery;

  // The chunked index: lib rejects overlap ≥ size, and the last valid chunking stays.
  const built = useMemo((): { ok: true; built: Built } | { ok: false; message: string } | null => {
    if (!corpus) return null;
    try {
      const { size, overlap } = settings;
      return { ok: true, built: { index: buildIndex(corpus.docs, { size, overlap, unit }), size, overlap } };
    } catch (error) {
      if (error instanceof RangeError || error instanceof TypeError)
        return { ok: false, message: error.message };
      throw error;
    }
  }, [corpus, settings, unit]);
  const [goodBuilt, setGoodBuilt] = useState<Built | null>(null);
  if (built?.ok && built.built !== goodBuilt) setGoodBuilt(built.built);
  // A shared link may open with an invalid chunking: then the default one is used.
  const fallback = useMemo(() => {
    if (!corpus || !built || built.ok || goodBuilt) return null;
    const { size, overlap } = DEFAULT_SETTINGS[locale];
    return { index: buildIndex(corpus.docs, { size, overlap, unit }), size, overlap };
  }, [corpus, built, goodBuilt, locale, unit]);
  const active = built?.ok ? built.built : (goodBuilt ?? fallback);

  const preset = presetFor(q.text, locale);
  const relevance = preset ? PRESETS[preset].relevance : null;
  const k = settings.k;

  const rankings = useMemo(() => (active ? rankChunks(active.index, q.terms) : null), [active, q.terms]);
  const current = useMemo(
    () => (active && rankings && relevance ? scoreAll(active.index, rankings, relevance, k) : null),
    [active, rankings, relevance, k],
  );
  const presetRankings = useMemo(
    () =>
      active
        ? PRESET_KEYS.map((key) => ({
            key,
            rankings: rankChunks(active.index, retrievalTerms(PRESETS[key].query[locale])),
          }))
        : null,
    [active, locale],
  );
  const means = useMemo(() => {
    if (!active || !presetRankings) return null;
    const all = presetRankings.map((p) => scoreAll(active.index, p.rankings, PRESETS[p.key].relevance, k));
    const mean = (m: Method) => meanScores(all.map((s) => s[m] ?? { recall: 0, rr: 0, ndcg: 0 }));
    return { bm25: mean('bm25'), tfidf: mean('tfidf'), fused: mean('fused') };
  }, [active, presetRankings, k]);

  const view = useMemo(() => {
    if (!active || !rankings) return null;
    const sources: PromptSource[] = rankings.fused.slice(0, k).map((hit) => {
      const { chunk } = chunkPlace(active.index, hit);
      const doc = active.index.docs[chunk.doc];
      return { source: doc?.source ?? '', title: doc?.title ?? '', href: doc?.href ?? '', text: chunk.text };
    });
    const terms = active.index.docs.filter((d) => d.id.startsWith('glossary#')).length;
    return {
      sources,
      prompt: buildPrompt(locale, q.text, sources),
      stats: t.stats(
        active.index.docs.length - terms,
        terms,
        active.index.chunks.length,
        active.size,
        active.overlap,
      ),
    };
  }, [active, rankings, k, locale, q.text, t]);

  let readout: string = status === 'failed' ? t.readoutFailed : t.readoutLoading;
  if (active && rankings) {
    const top = rankings.fused[0];
    if (relevance && current?.fused) {
      const relevant = Object.values(relevance).filter((g) => g > 0).length;
      const f = current.fused;
      readout = t.readoutPreset(
        k,
        formatFixed(f.recall, 2),
        formatFixed(f.rr, 2),
        formatFixed(f.ndcg, 2),
        relevant,
      );
    } else readout = top ? t.readoutCustom(chunkPlace(active.index, top).where) : t.readoutNone;
  }

  const queryMessage = !query.ok
    ? `${query.reason === 'empty' ? t.empty : t.noTerms} ${t.keptQuery}`
    : query.capped
      ? t.capped(MAX_QUERY_CHARS)
      : null;
  const pick = (key: PresetKey) => update({ query: PRESETS[key].query[locale] });
  const stepIndex = (steps: readonly number[], value: number) => Math.max(0, steps.indexOf(value));

  return (
    <DemoFrame id="rag-explorer" title={t.title} hint={t.hint(CORPUS_CAP[locale])}>
      <PresetButtons
        label={t.presets}
        keys={PRESET_KEYS}
        names={t.presetNames}
        onPick={pick}
        className="mt-0"
      />
      <div className="mt-3 flex flex-col gap-1 text-sm">
        <label htmlFor={ids.query} className="font-medium">
          {t.query}
        </label>
        <input
          id={ids.query}
          name="rag-q"
          type="text"
          value={settings.query}
          onChange={(e) => update({ query: e.target.value })}
          aria-invalid={!query.ok}
          aria-describedby={`${ids.queryHint} ${ids.queryError}`}
          autoComplete="off"
          spellCheck={false}
          className={INPUT}
        />
        <p id={ids.queryHint} className="text-xs text-muted">
          {t.queryHint(MAX_QUERY_CHARS)}
        </p>
      </div>
      <InputError id={ids.queryError} message={queryMessage} />

      <div className="mt-2 space-y-2">
        <div data-field="rag-k">
          <RangeField
            label={t.k}
            steps={K_STEPS}
            index={stepIndex(K_STEPS, k)}
            onIndexChange={(i) => update({ k: K_STEPS[i] ?? k })}
            format={String}
          />
        </div>
        <div data-field="rag-size">
          <RangeField
            label={t.size}
            steps={SIZE_STEPS[locale]}
            index={stepIndex(SIZE_STEPS[locale], settings.size)}
            onIndexChange={(i) => update({ size: SIZE_STEPS[locale][i] ?? settings.size })}
            format={String}
          />
        </div>
        <div data-field="rag-overlap">
          <RangeField
            label={t.overlap}
            steps={OVERLAP_STEPS[locale]}
            index={stepIndex(OVERLAP_STEPS[locale], settings.overlap)}
            onIndexChange={(i) => update({ overlap: OVERLAP_STEPS[locale][i] ?? settings.overlap })}
            format={String}
          />
        </div>
      </div>
      <InputError id={ids.chunkError} message={built && !built.ok ? t.chunkError(built.message) : null} />

      <p className="text-sm text-muted" role="status">
        {view ? view.stats : status === 'failed' ? t.failed : t.loading}
        {status === 'failed' && (
          <button
            type="button"
            onClick={retry}
            className="ml-2 min-h-6 rounded-md border border-line px-2 py-0.5 text-sm hover:bg-surface-2"
          >
            {t.retry}
          </button>
        )}
      </p>
      <output
        data-readout
        aria-live="polite"
        className="mt-2 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
      >
        {readout}
      </output>

      {active && rankings && view && (
        <>
          <RankingLists index={active.index} rankings={rankings} k={k} relevance={relevance} t={t} />
          {current && (
            <MetricsTable id="query" caption={t.metricsCaption(k)} rows={current} k={k} rrLabel="RR" t={t} />
          )}
          {means && (
            <MetricsTable
              id="presets"
              caption={t.meanCaption(PRESET_KEYS.length, k)}
              rows={means}
              k={k}
              rrLabel="MRR"
              t={t}
            />
          )}
          <PromptPanel prompt={view.prompt} sources={view.sources} t={t} />
        </>
      )}
    </DemoFrame>
  );
}

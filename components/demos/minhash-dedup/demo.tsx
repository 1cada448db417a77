'use client';

import { useId, useMemo, useState } from 'react';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { RangeField } from '@/components/ui/range-field';
import { formatFixed } from '@/lib/format';
import {
  jaccard,
  lshCandidateProbability,
  lshIsCandidate,
  lshThreshold,
  minhashJaccard,
  minhashSignature,
  SHINGLE_UNITS,
  shingles,
  type ShingleUnit,
} from '@/lib/dedup';
import { LshCurve } from './chart';
import { BANDS, capText, DEFAULT_DOCS, MAX_CHARS, ROWS, SIZES } from './docs';
import { TEXT } from './text';

const f3 = (v: number) => formatFixed(v, 3);
const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

interface Result {
  a: string[];
  b: string[];
  shared: number;
  similarity: number;
  estimate: number;
  candidate: boolean;
}

/** Everything the demo shows for one input, all from lib/dedup; null when a document has no shingle. */
function compute(
  docA: string,
  docB: string,
  size: number,
  unit: ShingleUnit,
  bands: number,
  rows: number,
  seed: number,
): Result | null {
  const a = shingles(capText(docA).text, size, unit);
  const b = shingles(capText(docB).text, size, unit);
  if (a.length === 0 || b.length === 0) return null;
  const k = bands * rows;
  const sigA = minhashSignature(a, k, seed);
  const sigB = minhashSignature(b, k, seed);
  const inB = new Set(b);
  return {
    a,
    b,
    shared: a.filter((s) => inB.has(s)).length,
    similarity: jaccard(a, b),
    estimate: minhashJaccard(sigA, sigB),
    candidate: lshIsCandidate(sigA, sigB, bands, rows),
  };
}

/**
 * Near-duplicate detection as a pretraining pipeline does it: two documents → sets of n-character (or n-word) shingles →
 * exact Jaccard, the MinHash estimate from b·r hash functions, and LSH banding (candidate or not,
 * with the S-curve). A document that is empty keeps the last result on screen with a message.
 */
export function MinhashDedupDemo() {
  const locale = useLocale();
  const t = TEXT[locale];
  const ids = { a: useId(), b: useId(), unit: useId(), error: useId() };
  const [docs, setDocs] = useState<readonly [string, string]>(DEFAULT_DOCS[locale]);
  const [unit, setUnit] = useState<ShingleUnit>('char');
  const [sizeIndex, setSizeIndex] = useState(SIZES.indexOf(5));
  const [bandIndex, setBandIndex] = useState(BANDS.indexOf(20));
  const [rowIndex, setRowIndex] = useState(ROWS.indexOf(5));
  const [seedIndex, setSeedIndex] = useState(0);
  const size = SIZES[sizeIndex] ?? 5;
  const bands = BANDS[bandIndex] ?? 20;
  const rows = ROWS[rowIndex] ?? 5;
  const seed = SEEDS[seedIndex] ?? 1;

  const result = useMemo(
    () => compute(docs[0], docs[1], size, unit, bands, rows, seed),
    [docs, size, unit, bands, rows, seed],
  );
  // An empty document keeps the last result on screen (the message says why it did not change).
  const [last, setLast] = useState<Result | null>(result);
  if (result !== null && result !== last) setLast(result);
  const shown = result ?? last;

  const emptyDoc = docs[0].trim() === '' ? t.docA : docs[1].trim() === '' ? t.docB : null;
  const cut = capText(docs[0]).cut || capText(docs[1]).cut;
  const threshold = lshThreshold(bands, rows);
  const k = bands * rows;

  const setDoc = (i: 0 | 1, value: string) => setDocs((d) => (i === 0 ? [value, d[1]] : [d[0], value]));
  const onlyIn = (xs: readonly string[], ys: readonly string[]) => {
    const other = new Set(ys);
    const list = xs.filter((s) => !other.has(s)).slice(0, 8);
    return list.length === 0 ? t.none : list.map((s) => `「${s}」`).join(' ');
  };

  return (
    <DemoFrame id="minhash-dedup" title={t.title} hint={t.hint}>
      <div className="grid gap-3 sm:grid-cols-2">
        {([0, 1] as const).map((i) => (
          <div key={i}>
            <label htmlFor={i === 0 ? ids.a : ids.b} className="block text-sm font-medium">
              {i === 0 ? t.docA : t.docB}
            </label>
            <textarea
              id={i === 0 ? ids.a : ids.b}
              value={docs[i]}
              rows={4}
              spellCheck={false}
              onChange={(e) => setDoc(i, e.target.value)}
              aria-invalid={docs[i].trim() === ''}
              aria-describedby={ids.error}
              className="mt-1 w-full rounded-md border border-line bg-surface px-2 py-1.5 text-sm aria-invalid:border-red-600"
            />
          </div>
        ))}
      </div>
      <InputError id={ids.error} message={emptyDoc ? t.empty(emptyDoc) : cut ? t.cut(MAX_CHARS) : null} />

      <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
        <label htmlFor={ids.unit} className="font-medium">
          {t.unit}
        </label>
        <select
          id={ids.unit}
          value={unit}
          onChange={(e) => setUnit(e.target.value === 'word' ? 'word' : 'char')}
          className="min-h-8 rounded-md border border-line bg-surface px-2 py-1"
        >
          {SHINGLE_UNITS.map((u) => (
            <option key={u} value={u}>
              {t.units[u]}
            </option>
          ))}
        </select>
      </div>
      {unit === 'word' && <p className="mt-1 text-xs text-muted">{t.wordsNote}</p>}
      <div className="mt-2 grid gap-1">
        <RangeField
          label={t.size}
          steps={SIZES}
          index={sizeIndex}
          onIndexChange={setSizeIndex}
          format={String}
        />
        <RangeField
          label={t.bands}
          steps={BANDS}
          index={bandIndex}
          onIndexChange={setBandIndex}
          format={String}
        />
        <RangeField
          label={t.rows}
          steps={ROWS}
          index={rowIndex}
          onIndexChange={setRowIndex}
          format={String}
        />
        <RangeField
          label={t.seed}
          steps={SEEDS}
          index={seedIndex}
          onIndexChange={setSeedIndex}
          format={String}
        />
      </div>

      {shown && (
        <>
          <output
            data-readout
            aria-live="polite"
            className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm"
          >
            {t.readout(
              f3(shown.similarity),
              f3(shown.estimate),
              f3(Math.sqrt((shown.similarity * (1 - shown.similarity)) / k)),
              k,
            )}
          </output>
          <p className="mt-2 text-sm">
            {t.counts(
              shown.a.length,
              shown.b.length,
              shown.shared,
              shown.a.length + shown.b.length - shown.shared,
            )}
          </p>
          <p className="mt-1 text-sm" data-candidate={shown.candidate ? 'yes' : 'no'}>
            {t.candidate(
              shown.candidate,
              formatFixed(lshCandidateProbability(shown.similarity, bands, rows), 4),
              f3(threshold),
            )}
          </p>
          <LshCurve
            bands={bands}
            rows={rows}
            similarity={shown.similarity}
            threshold={threshold}
            t={t}
            summary={t.chartLabel(
              bands,
              rows,
              f3(shown.similarity),
              formatFixed(lshCandidateProbability(shown.similarity, bands, rows), 4),
            )}
          />
          <dl className="mt-3 grid gap-1 text-sm">
            <dt className="font-medium">{t.sample}</dt>
            <dd className="font-mono text-xs break-all">{onlyIn(shown.a, shown.b)}</dd>
            <dt className="font-medium">{t.sampleB}</dt>
            <dd className="font-mono text-xs break-all">{onlyIn(shown.b, shown.a)}</dd>
          </dl>
        </>
      )}
    </DemoFrame>
  );
}

'use client';

import { useId, useMemo, useState } from 'react';
import { groupDigits } from '@/components/demos/shared/number-field';
import { useWriteQuery } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { RangeField } from '@/components/ui/range-field';
import { formatFixed } from '@/lib/format';
import { chunkStorage, locateSpan } from '@/lib/retrieval/chunk-spans';
import { chunkText, textUnits, type TextChunk } from '@/lib/retrieval/chunking';
import { answerSpan, SAMPLES } from './sample';
import { segmentText } from './segments';
import { encodeState, STEPS, type Draft } from './state';
import { TEXT, type ChunkingText } from './text';

type Reading = { ok: true; chunks: TextChunk[] } | { ok: false; message: string };

function read(
  t: ChunkingText,
  text: string,
  unit: 'character' | 'word',
  size: number,
  overlap: number,
): Reading {
  try {
    return { ok: true, chunks: chunkText(text, { size, overlap, unit }) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      message: message.startsWith('overlap must be less than size')
        ? t.overlapError(groupDigits(overlap), groupDigits(size))
        : t.libError(message),
    };
  }
}

/**
 * The chunking-tradeoff lab: the sample document of the page's language cut by `chunkText` at the
 * chosen size and overlap; the readout gives the chunk count, the index size from `chunkStorage`
 * and how many preset answers `locateSpan` finds inside one chunk. Overlap ≥ size shows a message
 * and keeps the last valid chunking; once the learner changes something the address carries it.
 */
export function ChunkingLab({ initial }: { initial: Draft }) {
  const locale = useLocale();
  const t = TEXT[locale];
  const doc = SAMPLES[locale];
  const steps = STEPS[locale];
  const ids = { error: useId(), doc: useId() };
  const [draft, setDraft] = useState<Draft>(initial);
  const [changed, setChanged] = useState(false);
  const size = steps.sizes[draft.size] ?? 100;
  const overlap = steps.overlaps[draft.overlap] ?? 0;
  const reading = useMemo(() => read(t, doc.text, doc.unit, size, overlap), [t, doc, size, overlap]);
  // On bad input the last valid chunking stays on screen (the opening one if a link starts bad).
  const [good, setGood] = useState(() => ({
    reading,
    chunks: reading.ok
      ? reading.chunks
      : chunkText(doc.text, { size: steps.sizes[steps.size] ?? 100, overlap: 0, unit: doc.unit }),
    size: reading.ok ? size : (steps.sizes[steps.size] ?? 100),
    overlap: reading.ok ? overlap : 0,
  }));
  if (reading.ok && reading !== good.reading) setGood({ reading, chunks: reading.chunks, size, overlap });
  const chunks = reading.ok ? reading.chunks : good.chunks;
  const shown = reading.ok ? { size, overlap } : { size: good.size, overlap: good.overlap };

  const view = useMemo(() => {
    const storage = chunkStorage(doc.text, chunks, doc.unit);
    const spans = doc.questions.map((q) => answerSpan(doc, q));
    const placements = spans.map((span) => locateSpan(chunks, span));
    const answerUnits = doc.questions.map((q) => textUnits(q.answer, doc.unit).length);
    const segments = segmentText(doc.text.length, chunks, spans);
    return { storage, placements, answerUnits, segments };
  }, [chunks, doc]);
  const { storage, placements, answerUnits, segments } = view;
  const inside = placements.filter((p) => p.inside.length > 0).length;
  const list = (indices: readonly number[]) => indices.map((i) => i + 1).join(t.and);

  useWriteQuery(encodeState(locale, draft), changed && reading.ok);
  const edit = (next: Draft) => {
    setDraft(next);
    setChanged(true);
  };

  return (
    <DemoFrame id="chunking-tradeoff" title={t.title} hint={t.hint}>
      <div className="grid gap-2">
        <RangeField
          label={t.size}
          steps={steps.sizes}
          index={draft.size}
          onIndexChange={(i) => edit({ ...draft, size: i })}
          format={groupDigits}
        />
        <RangeField
          label={t.overlap}
          steps={steps.overlaps}
          index={draft.overlap}
          onIndexChange={(i) => edit({ ...draft, overlap: i })}
          format={groupDigits}
        />
      </div>
      <InputError id={ids.error} message={reading.ok ? null : reading.message} />

      <output
        data-readout
        aria-live="polite"
        aria-describedby={ids.error}
        className="mt-1 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm tabular-nums"
      >
        {t.readout(
          groupDigits(shown.size),
          groupDigits(shown.overlap),
          groupDigits(storage.chunks),
          groupDigits(storage.units),
          groupDigits(storage.characters),
          formatFixed(storage.duplication, 2),
          inside,
          placements.length,
        )}
      </output>
      <p className="mt-2 text-sm text-muted" data-storage>
        {t.storage(
          groupDigits(storage.documentUnits),
          groupDigits(storage.documentCharacters),
          groupDigits(storage.characters),
        )}
      </p>

      <p className="mt-4 text-sm font-medium">{t.questions}</p>
      <ol className="mt-1 list-decimal space-y-1 pl-6 text-sm">
        {doc.questions.map((q, i) => {
          const p = placements[i];
          if (!p) return null;
          const first = p.inside[0];
          const status =
            first === undefined
              ? t.split(list(p.touching), `${formatFixed(p.bestCoverage * 100, 0)}%`)
              : p.inside.length > 1
                ? t.insideMany(list(p.inside))
                : t.inside(
                    first + 1,
                    groupDigits(chunks[first]?.units ?? 0),
                    groupDigits(answerUnits[i] ?? 0),
                  );
          return (
            <li key={q.id} data-question={q.id} data-inside={first === undefined ? 'false' : 'true'}>
              <span className="font-medium">{q.question}</span>{' '}
              <span className={first === undefined ? 'text-pitfall' : 'text-muted'}>
                {first === undefined ? '✗ ' : '✓ '}
                {status}
              </span>
            </li>
          );
        })}
      </ol>

      <p id={ids.doc} className="mt-4 text-sm font-medium">
        {t.documentLabel}: {doc.title}
      </p>
      <p className="text-xs text-muted">{t.documentHint}</p>
      <div
        role="region"
        aria-labelledby={ids.doc}
        tabIndex={0}
        className="mt-1 max-h-80 overflow-auto rounded-md border border-line p-3 text-sm leading-7 whitespace-pre-wrap"
        data-document
      >
        {segments.map((s) => {
          const piece = doc.text.slice(s.start, s.end);
          const shade =
            s.chunks.length === 0
              ? ''
              : s.chunks.length > 1
                ? 'bg-accent/30 underline decoration-dashed underline-offset-4'
                : (s.chunks[0] ?? 0) % 2 === 0
                  ? 'bg-accent-soft'
                  : 'bg-surface-2';
          const answer =
            s.answers.length > 0 ? 'font-semibold underline decoration-pitfall decoration-2' : '';
          return (
            <span key={s.start}>
              {s.opens !== null && (
                <span className="mx-0.5 align-super font-mono text-[0.65rem] text-accent-strong">
                  {t.chunkMark(s.opens + 1)}
                </span>
              )}
              {s.answerOpens !== null && (
                <span className="mx-0.5 align-super font-mono text-[0.65rem] text-pitfall">
                  {t.answerMark(s.answerOpens + 1)}
                </span>
              )}
              <span className={`${shade} ${answer}`.trim() || undefined}>{piece}</span>
            </span>
          );
        })}
      </div>
    </DemoFrame>
  );
}

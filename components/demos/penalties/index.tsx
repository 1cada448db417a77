'use client';

import { useMemo, useState } from 'react';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame } from '@/components/ui/demo-frame';
import { RangeField } from '@/components/ui/range-field';
// Submodule imports: the lib/decoding index would also bring the toy models' top-level data.
import { comparePenalties, type PenaltyOutcome } from '@/lib/decoding/penalty-comparison';
import { formatFixed } from '@/lib/format';
import { HistoryEditor } from './history-editor';
import { PenaltyColumn } from './penalty-column';
import { LOGITS, PRESETS, TEXT, VOCAB } from './text';

/** Slider grids: θ 1.0 … 2.0 and the OpenAI coefficients −2 … 2, both in steps of 0.1. */
const THETAS = Array.from({ length: 11 }, (_, i) => (10 + i) / 10);
const COEFFS = Array.from({ length: 41 }, (_, i) => (i - 20) / 10);
const SIZES = [0, 1, 2, 3, 4];
const one = (x: number) => formatFixed(x, 1);

export function Penalties() {
  const t = TEXT[useLocale()];
  const [history, setHistory] = useState<number[]>([...PRESETS.ngram]);
  const [thetaIndex, setThetaIndex] = useState(2);
  const [presenceIndex, setPresenceIndex] = useState(25);
  const [frequencyIndex, setFrequencyIndex] = useState(25);
  const [ngramSize, setNgramSize] = useState(3);
  const theta = THETAS[thetaIndex] ?? 1;
  const presence = COEFFS[presenceIndex] ?? 0;
  const frequency = COEFFS[frequencyIndex] ?? 0;

  const r = useMemo(
    () => comparePenalties(LOGITS, history, { repetition: theta, presence, frequency, ngramSize }),
    [history, theta, presence, frequency, ngramSize],
  );

  const top = (o: PenaltyOutcome) =>
    o.top === null ? t.nothing : `'${VOCAB[o.top]}' ${formatFixed(o.probs?.[o.top] ?? 0, 2)}`;
  const changed = (o: PenaltyOutcome, tag: (i: number) => string) =>
    LOGITS.map((x, i) => (o.logits[i] === x ? null : tag(i)));
  const seen = (i: number) => (r.counts[i] ?? 0) > 0;
  const negSeen = VOCAB.flatMap((_, i) => (seen(i) && (LOGITS[i] ?? 0) < 0 && theta !== 1 ? [i] : []));

  return (
    <DemoFrame id="penalties" title={t.title} hint={t.hint}>
      <div className="grid gap-2">
        <RangeField
          label={t.repetition}
          steps={THETAS}
          index={thetaIndex}
          onIndexChange={setThetaIndex}
          format={one}
        />
        <RangeField
          label={t.presence}
          steps={COEFFS}
          index={presenceIndex}
          onIndexChange={setPresenceIndex}
          format={one}
        />
        <RangeField
          label={t.frequency}
          steps={COEFFS}
          index={frequencyIndex}
          onIndexChange={setFrequencyIndex}
          format={one}
        />
        <RangeField
          label={t.ngram}
          steps={SIZES}
          index={ngramSize}
          onIndexChange={setNgramSize}
          format={(n) => (n === 0 ? `0 (${t.off})` : String(n))}
        />
      </div>

      <output
        data-readout
        aria-live="polite"
        className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm"
      >
        {t.top}: {t.repShort} {top(r.repetition)} · {t.pfShort} {top(r.presenceFrequency)} · {t.ngramShort}{' '}
        {top(r.ngram)}
      </output>

      <div className="mt-4">
        <HistoryEditor t={t} history={history} counts={r.counts} onChange={setHistory} />
      </div>

      <div className="mt-5 grid gap-6 md:grid-cols-3 md:gap-4">
        <PenaltyColumn
          t={t}
          title={t.repTitle}
          before={LOGITS}
          after={r.repetition.logits}
          probs={r.repetition.probs}
          tags={changed(r.repetition, (i) => `${(LOGITS[i] ?? 0) < 0 ? t.neg : '÷'}${one(theta)}`)}
          warn={VOCAB.map((_, i) => negSeen.includes(i))}
        >
          {negSeen.length > 0 && (
            <p className="font-medium text-pitfall">
              {t.negNote(
                negSeen.map((i) => VOCAB[i]).join(', '),
                one(theta),
                negSeen.map((i) => formatFixed(r.repetition.ctrlLogits[i] ?? 0, 2)).join(', '),
              )}
            </p>
          )}
        </PenaltyColumn>
        <PenaltyColumn
          t={t}
          title={t.pfTitle}
          before={LOGITS}
          after={r.presenceFrequency.logits}
          probs={r.presenceFrequency.probs}
          tags={changed(r.presenceFrequency, (i) => t.count + r.counts[i])}
        >
          <p>{t.pfNote(one(frequency), one(presence))}</p>
        </PenaltyColumn>
        <PenaltyColumn
          t={t}
          title={`${t.ngramTitle} (n = ${ngramSize})`}
          before={LOGITS}
          after={r.ngram.logits}
          probs={r.ngram.probs}
          tags={changed(r.ngram, () => t.banned)}
        >
          {r.ngram.bans.length === 0 ? (
            <p>{t.noBan}</p>
          ) : (
            <ul className="list-disc pl-4">
              {r.ngram.bans.map((b) => (
                <li key={b.token}>
                  {t.ban(VOCAB[b.token] ?? '', b.ngram.map((id) => VOCAB[id]).join(' '), b.start + 1)}
                </li>
              ))}
            </ul>
          )}
          {r.ngram.probs === null && <p className="font-medium text-pitfall">{t.allBanned}</p>}
        </PenaltyColumn>
      </div>
    </DemoFrame>
  );
}

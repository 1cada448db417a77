'use client';

import { useId, useMemo, useState } from 'react';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame, InputError } from '@/components/ui/demo-frame';
import { RangeField } from '@/components/ui/range-field';
import { PresetButtons } from '@/components/ui/preset-buttons';
// The modules, not the barrel: '@/lib/decoding' would also ship its toy models (~3 KiB gzip).
import { createRng } from '@/lib/decoding/rng';
import { shuffle } from '@/lib/decoding/shuffle';
import { formatFixed } from '@/lib/format';
import {
  bradleyTerryRatings,
  checkBattles,
  eloExpectedScore,
  eloHistory,
  eloRatings,
  type Battle,
  type EloStep,
} from '@/lib/metrics';
import { AddBattle, type BattleForm } from './add-battle';
import { MAX_BATTLES, MODELS, PRESETS, rankingText, resultOf } from './battles';
import { RatingsTable } from './ratings-table';
import { StepsTable } from './steps-table';
import { TEXT } from './text';

const K_STEPS = Array.from({ length: 64 }, (_, i) => i + 1);
const SEEDS = K_STEPS.slice(0, 50);
const INIT = 1000;
const button = 'rounded-md border border-line px-2.5 py-1 hover:bg-surface-2 aria-pressed:bg-accent-soft';

/** The battle order on screen: as entered, reversed, or shuffled with a seed. */
type View = 'original' | 'reversed' | number;

/**
 * Pairwise battles rated two ways: online Elo battle by battle (order-dependent) and a
 * Bradley–Terry fit of all battles (order-free), with reverse and seeded shuffle to compare them.
 * Every number comes from `lib/metrics`.
 */
export function EloArena() {
  const t = TEXT[useLocale()];
  const errorId = useId();
  const [k, setK] = useState(4);
  const [list, setList] = useState<readonly Battle[]>(PRESETS.arena.battles);
  const [view, setView] = useState<View>('original');
  const [seed, setSeed] = useState(1);
  const [form, setForm] = useState<BattleForm>({ a: 'Alpha', b: 'Bravo', winner: 'model_a' });
  const [error, setError] = useState<string | null>(null);

  const current = useMemo(
    () =>
      view === 'original' ? list : view === 'reversed' ? [...list].reverse() : shuffle(list, createRng(view)),
    [list, view],
  );
  const steps = useMemo(() => eloHistory(current, { k, initRating: INIT }), [current, k]);
  const bt = useMemo(() => bradleyTerryRatings(current, { initRating: INIT }), [current]);
  const first = useMemo(
    () => ({
      elo: eloRatings(list, { k, initRating: INIT }),
      bt: bradleyTerryRatings(list, { initRating: INIT }),
    }),
    [list, k],
  );
  const elo = steps[steps.length - 1]?.ratings ?? {};
  const models = MODELS.filter((m) => list.some(([a, b]) => a === m || b === m));

  const line = (r: Readonly<Record<string, number>>) =>
    models.map((m) => `${m} ${formatFixed(r[m] ?? INIT, 0)}`).join(' · ');
  const rank = (r: Readonly<Record<string, number>>) => rankingText(r, models);
  const compare =
    view === 'original'
      ? t.tryOrder
      : t.compare(
          rank(elo) === rank(first.elo)
            ? t.same('Elo', rank(elo))
            : t.moved('Elo', rank(first.elo), rank(elo)),
          rank(bt) === rank(first.bt) ? t.same('BT', rank(bt)) : t.moved('BT', rank(first.bt), rank(bt)),
        );
  // A model that wins (or loses) every battle has no finite Bradley–Terry maximum.
  const extreme = models.filter((m) => {
    const results = list.map((battle) => resultOf(m, battle)).filter((r) => r !== null);
    return results.every((r) => r === 1) || results.every((r) => r === 0);
  });
  const pairBt = bt[form.a] !== undefined && bt[form.b] !== undefined;
  const expected =
    form.a === form.b
      ? t.self(form.a)
      : t.expected(
          form.a,
          form.b,
          formatFixed(eloExpectedScore(elo[form.a] ?? INIT, elo[form.b] ?? INIT), 3),
          pairBt ? formatFixed(eloExpectedScore(bt[form.a] ?? INIT, bt[form.b] ?? INIT), 3) : '—',
        );

  const edit = (next: readonly Battle[]) => {
    setList(next);
    setView('original');
    setError(null);
  };
  const add = () => {
    if (list.length >= MAX_BATTLES) return setError(t.tooMany(MAX_BATTLES));
    const battle: Battle = [form.a, form.b, form.winner];
    try {
      checkBattles([battle]);
    } catch (error) {
      return setError(form.a === form.b ? t.self(form.a) : String(error));
    }
    edit([...list, battle]);
  };
  const outcome = ({ battle: [a, b, w] }: EloStep) =>
    w === 'model_a' ? t.wins(a) : w === 'model_b' ? t.wins(b) : t.tie;

  return (
    <DemoFrame id="elo-arena" title={t.title} hint={t.hint}>
      <RangeField
        label={t.k}
        steps={K_STEPS}
        index={k - 1}
        onIndexChange={(i) => setK(i + 1)}
        format={String}
      />
      <output
        data-readout
        aria-live="polite"
        className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm"
      >
        {models.length ? `Elo: ${line(elo)} — BT: ${line(bt)}` : t.none}
      </output>

      <PresetButtons
        label={t.presets}
        keys={['arena', 'split', 'order'] as const}
        names={t}
        onPick={(key) => {
          edit(PRESETS[key].battles);
          setK(PRESETS[key].k);
        }}
      />

      <div className="mt-3">
        <RangeField
          label={t.seed}
          steps={SEEDS}
          index={seed - 1}
          onIndexChange={(i) => {
            setSeed(i + 1);
            // Once shuffled, moving the seed reshuffles at once (the same seed, the same order).
            if (typeof view === 'number') setView(i + 1);
          }}
          format={String}
        />
      </div>
      <div className="mt-2 flex flex-wrap gap-2 text-sm">
        {(['original', 'reversed', 'shuffle'] as const).map((key) => (
          <button
            key={key}
            type="button"
            aria-pressed={key === 'shuffle' ? typeof view === 'number' : view === key}
            onClick={() => setView(key === 'shuffle' ? seed : key)}
            className={button}
          >
            {t[key]}
          </button>
        ))}
      </div>
      <p aria-live="polite" className="mt-2 text-sm">
        <span className="font-medium">
          {t.orderIs}
          {typeof view === 'number' ? t.shuffled(view) : t[view]}
        </span>
        {' — '}
        {compare}
      </p>

      <RatingsTable
        models={models}
        columns={[
          { title: t.eloNow, ratings: elo },
          ...(view === 'original' ? [] : [{ title: t.eloFirst, ratings: first.elo }]),
          { title: 'Bradley–Terry', ratings: bt },
        ]}
        caption={t.final}
        head={{ model: t.model, place: t.place }}
      />
      {extreme.length > 0 && <p className="mt-1 text-sm text-muted">{t.extreme(extreme.join(', '))}</p>}

      <AddBattle
        t={t}
        form={form}
        onChange={(next) => {
          setForm(next);
          setError(null);
        }}
        onAdd={add}
        onRemove={() => edit(list.slice(0, -1))}
        canRemove={list.length > 0}
        expected={expected}
        errorId={errorId}
      />
      <InputError id={errorId} message={error} />

      <StepsTable
        steps={steps}
        models={models}
        caption={t.steps}
        head={{ battle: t.battle, result: t.result }}
        outcome={outcome}
      />
    </DemoFrame>
  );
}

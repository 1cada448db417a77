import { useId } from 'react';
import type { BattleWinner } from '@/lib/metrics';
import { MODELS } from './battles';
import type { TEXT } from './text';

export interface BattleForm {
  a: string;
  b: string;
  winner: BattleWinner;
}

const field = 'mt-1 block w-full rounded-md border border-line bg-surface px-2 py-1.5 text-sm';
const button = 'rounded-md border border-line px-2.5 py-1 text-sm hover:bg-surface-2 disabled:opacity-60';

/** Two model selects, a winner radio group, Add and Remove-last; the chosen pair's expected score. */
export function AddBattle({
  t,
  form,
  onChange,
  onAdd,
  onRemove,
  canRemove,
  expected,
  errorId,
}: {
  t: (typeof TEXT)[keyof typeof TEXT];
  form: BattleForm;
  onChange: (form: BattleForm) => void;
  onAdd: () => void;
  onRemove: () => void;
  canRemove: boolean;
  expected: string;
  errorId: string;
}) {
  const ids = { a: useId(), b: useId(), radio: useId() };
  const choices: [BattleWinner, string][] = [
    ['model_a', t.wins(form.a)],
    ['model_b', t.wins(form.b)],
    ['tie', t.tie],
  ];
  return (
    <fieldset className="mt-5 rounded-md border border-line p-3">
      <legend className="px-1 text-sm font-semibold">{t.add}</legend>
      <div className="grid gap-3 sm:grid-cols-3">
        {(['a', 'b'] as const).map((side) => (
          <div key={side}>
            <label htmlFor={ids[side]} className="text-sm font-medium">
              {t[side]}
            </label>
            <select
              id={ids[side]}
              value={form[side]}
              onChange={(e) => onChange({ ...form, [side]: e.target.value })}
              aria-describedby={errorId}
              className={field}
            >
              {MODELS.map((m) => (
                <option key={m}>{m}</option>
              ))}
            </select>
          </div>
        ))}
        <div role="radiogroup" aria-labelledby={ids.radio}>
          <span id={ids.radio} className="text-sm font-medium">
            {t.result}
          </span>
          {choices.map(([value, text]) => (
            <label key={value} className="mt-1 flex items-center gap-2 text-sm">
              <input
                type="radio"
                name={ids.radio}
                value={value}
                checked={form.winner === value}
                onChange={() => onChange({ ...form, winner: value })}
                className="accent-accent"
              />
              {text}
            </label>
          ))}
        </div>
      </div>
      <p className="mt-2 text-sm">{expected}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" onClick={onAdd} className={button}>
          {t.addBtn}
        </button>
        <button type="button" onClick={onRemove} disabled={!canRemove} className={button}>
          {t.removeBtn}
        </button>
      </div>
    </fieldset>
  );
}

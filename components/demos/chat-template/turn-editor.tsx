'use client';

import { useEffect, useId, useRef } from 'react';
import {
  addTurn,
  editTurn,
  MAX_CONTENT_CHARS,
  MAX_ROLE_CHARS,
  MAX_TURNS,
  moveTurn,
  removeTurn,
  ROLE_OPTIONS,
  type Turn,
} from './conversation';
import type { ChatTemplateText } from './text';

const OTHER = '__other';
const FIELD = 'rounded-md border border-line bg-surface px-2 text-sm aria-invalid:border-red-600';
const BUTTON =
  'inline-flex h-7 min-w-7 items-center justify-center rounded-md border border-line px-1.5 text-sm hover:bg-surface-2 disabled:opacity-40 disabled:hover:bg-transparent';

/**
 * The conversation editor: one fieldset per turn with a role (a select, or a typed name under
 * "other…"), the content, and buttons to move the turn up or down or remove it; an "add" button
 * at the end. After a move or a removal the focus goes to the control that makes sense next (the
 * same button on the moved turn, the neighbour's remove button), so keyboard users keep their
 * place. `invalid` lists the turn ids whose role or content lib rejects.
 */
export function TurnEditor({
  turns,
  onChange,
  invalid,
  describedBy,
  t,
}: {
  turns: readonly Turn[];
  onChange: (turns: Turn[]) => void;
  invalid: { role: ReadonlySet<number>; content: ReadonlySet<number> };
  describedBy: string;
  t: ChatTemplateText;
}) {
  const base = useId();
  const idOf = (turnId: number | 'add', part = '') => `${base}-${turnId}${part}`;
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    pendingFocus.current = null;
    document.getElementById(id)?.focus();
  });

  const move = (turn: Turn, by: -1 | 1) => {
    const next = moveTurn(turns, turn.id, by);
    const at = next.findIndex((x) => x.id === turn.id);
    const atEnd = by === -1 ? at === 0 : at === next.length - 1;
    pendingFocus.current = idOf(turn.id, atEnd ? (by === -1 ? '-down' : '-up') : by === -1 ? '-up' : '-down');
    onChange(next);
  };
  const remove = (turn: Turn) => {
    const at = turns.findIndex((x) => x.id === turn.id);
    const neighbour = turns[at + 1] ?? turns[at - 1];
    pendingFocus.current = neighbour ? idOf(neighbour.id, '-remove') : idOf('add');
    onChange(removeTurn(turns, turn.id));
  };
  const add = () => {
    const next = addTurn(turns);
    const created = next.at(-1);
    if (created && next.length > turns.length) pendingFocus.current = idOf(created.id, '-content');
    onChange(next);
  };

  return (
    <div className="mt-5">
      <p className="text-sm font-medium">{t.conversation}</p>
      <ol className="mt-1 space-y-2">
        {turns.map((turn, i) => {
          const n = i + 1;
          const roleBad = invalid.role.has(turn.id);
          return (
            <li key={turn.id}>
              <fieldset className="rounded-md border border-line px-3 pt-1 pb-2">
                <legend className="px-1 text-xs font-medium text-muted">{t.turn(n)}</legend>
                <div className="flex flex-wrap items-end gap-2 text-sm">
                  <div className="flex flex-col gap-0.5">
                    <label htmlFor={idOf(turn.id, '-role')} className="text-xs">
                      {t.role}
                    </label>
                    <select
                      id={idOf(turn.id, '-role')}
                      value={turn.custom ? OTHER : turn.role}
                      aria-invalid={!turn.custom && roleBad}
                      aria-describedby={describedBy}
                      onChange={(e) => {
                        const value = e.target.value;
                        if (value === OTHER) {
                          pendingFocus.current = idOf(turn.id, '-custom');
                          onChange(editTurn(turns, turn.id, { custom: true }));
                        } else onChange(editTurn(turns, turn.id, { role: value, custom: false }));
                      }}
                      className={`h-8 ${FIELD}`}
                    >
                      {ROLE_OPTIONS.map((role) => (
                        <option key={role} value={role}>
                          {role}
                        </option>
                      ))}
                      <option value={OTHER}>{t.other}</option>
                    </select>
                  </div>
                  {turn.custom && (
                    <div className="flex flex-col gap-0.5">
                      <label htmlFor={idOf(turn.id, '-custom')} className="text-xs">
                        {t.customRole}
                      </label>
                      <input
                        id={idOf(turn.id, '-custom')}
                        type="text"
                        value={turn.role}
                        maxLength={MAX_ROLE_CHARS}
                        spellCheck={false}
                        autoComplete="off"
                        aria-invalid={roleBad}
                        aria-describedby={describedBy}
                        onChange={(e) => onChange(editTurn(turns, turn.id, { role: e.target.value }))}
                        className={`h-8 w-32 font-mono ${FIELD}`}
                      />
                    </div>
                  )}
                  <div className="ml-auto flex gap-1">
                    <button
                      id={idOf(turn.id, '-up')}
                      type="button"
                      aria-label={t.up(n)}
                      title={t.up(n)}
                      disabled={i === 0}
                      onClick={() => move(turn, -1)}
                      className={BUTTON}
                    >
                      ↑
                    </button>
                    <button
                      id={idOf(turn.id, '-down')}
                      type="button"
                      aria-label={t.down(n)}
                      title={t.down(n)}
                      disabled={i === turns.length - 1}
                      onClick={() => move(turn, 1)}
                      className={BUTTON}
                    >
                      ↓
                    </button>
                    <button
                      id={idOf(turn.id, '-remove')}
                      type="button"
                      aria-label={t.remove(n)}
                      title={t.remove(n)}
                      onClick={() => remove(turn)}
                      className={BUTTON}
                    >
                      ✕
                    </button>
                  </div>
                </div>
                <label htmlFor={idOf(turn.id, '-content')} className="mt-1.5 block text-xs">
                  {t.content}
                </label>
                <textarea
                  id={idOf(turn.id, '-content')}
                  value={turn.content}
                  rows={2}
                  maxLength={MAX_CONTENT_CHARS}
                  spellCheck={false}
                  aria-invalid={invalid.content.has(turn.id)}
                  aria-describedby={describedBy}
                  onChange={(e) => onChange(editTurn(turns, turn.id, { content: e.target.value }))}
                  className={`mt-0.5 block w-full py-1 font-mono ${FIELD}`}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
        <button
          id={idOf('add')}
          type="button"
          disabled={turns.length >= MAX_TURNS}
          onClick={add}
          className={`${BUTTON} px-2.5`}
        >
          + {t.add}
        </button>
        {turns.length >= MAX_TURNS && <span className="text-xs text-muted">{t.full}</span>}
      </div>
    </div>
  );
}

'use client';

import { useId, useState } from 'react';
import type { TotDepth, TotNode, TotResult } from '@/lib/prompting/game-of-24';
import type { TotText } from './text';

const BADGE = 'inline-block rounded border px-1.5 py-0.5 text-xs whitespace-nowrap';
const KEPT_BADGE = `${BADGE} border-accent bg-accent-soft text-accent-strong`;
const PATH_BADGE = `${BADGE} border-2 border-current font-semibold`;

/**
 * The search tree drawn level by level: the start, then for each step a line of counts, the kept
 * states best first (badge "kept #k", and "★ solution path" on the winning chain — text, not
 * colour only), and a disclosure button that reveals every thought of the step as a table.
 * The tables render only when opened, so the static HTML stays small.
 */
export function TreeView({ result, t }: { result: TotResult; t: TotText }) {
  const titleId = useId();
  const onPath = new Set(result.solutionPath);
  const root = result.nodes[0];
  const pathSteps = result.solutionPath
    .map((id) => result.nodes[id]?.thought)
    .filter((s): s is string => s !== null && s !== undefined);
  return (
    <section aria-labelledby={titleId} className="mt-5">
      <h3 id={titleId} className="text-sm font-semibold">
        {t.treeTitle}
      </h3>
      <p className="mt-1 text-xs text-muted">{t.movesNote}</p>
      <p className="mt-1 font-mono text-sm">{t.start(root?.numbers.join(' ') ?? '')}</p>
      <ol className="mt-2 space-y-4">
        {result.depths.map((d) => (
          <Level key={d.depth} depth={d} result={result} onPath={onPath} t={t} />
        ))}
      </ol>
      <p data-solution-path className="mt-3 text-sm font-medium">
        {pathSteps.length > 0 ? t.path(pathSteps.join(' → ')) : t.noPath}
      </p>
    </section>
  );
}

function Level({
  depth: d,
  result,
  onPath,
  t,
}: {
  depth: TotDepth;
  result: TotResult;
  onPath: ReadonlySet<number>;
  t: TotText;
}) {
  const [open, setOpen] = useState(false);
  const tableId = useId();
  const node = (id: number | null): TotNode | undefined => (id === null ? undefined : result.nodes[id]);
  const candidates = result.nodes.filter((n) => n.depth === d.depth);
  return (
    <li data-depth={d.depth} className="border-l-2 border-line pl-3">
      <p className="text-sm font-medium">
        {t.level(d.depth, d.expanded, d.generated, d.distinct, d.kept.length)}
      </p>
      <ol aria-label={t.keptList(d.depth)} className="mt-1 space-y-1">
        {d.kept.map((id) => {
          const n = node(id);
          if (!n) return null;
          const path = onPath.has(id);
          return (
            <li
              key={id}
              data-kept=""
              data-path={path ? '' : undefined}
              className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5 rounded-md border border-line px-2 py-1 text-sm data-path:border-2 data-path:border-accent"
            >
              <span className={KEPT_BADGE}>{t.keptBadge(n.rank ?? 0)}</span>
              {path && (
                <span className={PATH_BADGE}>
                  <span aria-hidden="true">★ </span>
                  {t.pathBadge}
                </span>
              )}
              <span className="font-mono">{n.thought}</span>
              <span className="text-xs text-muted">
                {t.evaluation(n.evaluation)}
                {d.depth > 1 && ` · ${t.from(node(n.parent)?.numbers.join(' ') ?? '')}`}
              </span>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={tableId}
        onClick={() => setOpen((o) => !o)}
        className="mt-1 min-h-6 rounded-md border border-line px-2 py-0.5 text-xs hover:bg-surface-2"
      >
        <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
        {open ? t.hide(d.depth) : t.show(d.depth, d.generated)}
      </button>
      <div id={tableId} className="overflow-x-auto">
        {open && (
          <table className="mt-2 w-full text-xs">
            <caption className="mb-1 text-left text-muted">{t.allCaption(d.depth)}</caption>
            <thead>
              <tr className="border-b border-line text-left">
                {t.allColumns.map((c) => (
                  <th key={c} scope="col" className="py-1 pr-2 font-medium">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {candidates.map((n) => (
                <tr
                  key={n.id}
                  data-kept={n.kept ? '' : undefined}
                  className="border-b border-line/60 align-top data-kept:font-semibold"
                >
                  <th scope="row" className="py-0.5 pr-2 text-left font-mono font-normal tabular-nums">
                    {n.id}
                  </th>
                  <td className="py-0.5 pr-2 font-mono whitespace-nowrap">
                    {node(n.parent)?.numbers.join(' ')}
                  </td>
                  <td className="py-0.5 pr-2 font-mono whitespace-nowrap">{n.thought}</td>
                  <td className="py-0.5 pr-2">{t.evaluation(n.evaluation)}</td>
                  <td className="py-0.5 whitespace-nowrap">
                    {n.kept
                      ? `${t.keptBadge(n.rank ?? 0)}${onPath.has(n.id) ? ` · ★ ${t.pathBadge}` : ''}`
                      : n.duplicateOf !== null
                        ? t.duplicateBadge(n.duplicateOf)
                        : t.droppedBadge}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </li>
  );
}

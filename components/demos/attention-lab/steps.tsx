import { WeightsHeatmap } from './charts';
import type { LabView } from './compute';
import { formatEntry, formatSlope, formatWeight } from './format';
import { MatrixTable } from './matrix-table';
import type { AttentionLabText } from './text';

/**
 * The computation laid out step by step, all numbers from the `LabView` that `runLab` returned:
 * rotated q and k (RoPE) or the bias (ALiBi), the raw scores, the biased and masked scores, the
 * weights as a heatmap with row sums, and the output rows.
 */
export function Steps({ view, query, t }: { view: LabView; query: number; t: AttentionLabText }) {
  const tokens = t.tokens.slice(0, view.n);
  const dims = Array.from({ length: view.dk }, (_, j) => t.dim(j + 1));
  const masked = view.allowed.map((row) => row.map((ok) => !ok));
  const fmt = (m: readonly (readonly number[])[], digits = 2) =>
    m.map((row) => row.map((v) => formatEntry(v, digits)));
  const sums = view.weights.map((row) =>
    formatWeight(
      row.reduce((a, b) => a + b, 0),
      true,
    ),
  );
  const selected = view.weights[query] ?? [];
  const selectedText = selected.map((w, j) => formatWeight(w, view.allowed[query]?.[j] ?? false)).join(', ');

  return (
    <div className="mt-4 grid gap-x-6 gap-y-4 lg:grid-cols-2">
      {view.qRot && view.kRot && (
        <div className="grid gap-2 lg:col-span-2">
          <p className="text-sm font-medium">{t.rotated}</p>
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            <MatrixTable
              caption="Q′"
              corner={t.outCorner}
              columns={dims}
              rows={tokens}
              cells={fmt(view.qRot, 3)}
            />
            <MatrixTable
              caption="K′"
              corner={t.outCorner}
              columns={dims}
              rows={tokens}
              cells={fmt(view.kRot, 3)}
            />
          </div>
        </div>
      )}
      {view.bias && view.slope !== null && (
        <MatrixTable
          caption={t.biasTitle(formatSlope(view.slope))}
          corner={t.corner}
          columns={tokens}
          rows={tokens}
          cells={fmt(view.bias, 3)}
          muted={masked}
          selectedRow={query}
        />
      )}
      <MatrixTable
        caption={t.scoresTitle}
        corner={t.corner}
        columns={tokens}
        rows={tokens}
        cells={fmt(view.scores)}
        selectedRow={query}
      />
      <MatrixTable
        caption={t.maskedTitle(view.bias !== null)}
        corner={t.corner}
        columns={tokens}
        rows={tokens}
        cells={fmt(view.masked)}
        muted={masked}
        selectedRow={query}
      />
      <div>
        <p className="mb-1 text-sm font-medium">{t.weightsTitle}</p>
        <WeightsHeatmap
          weights={view.weights}
          allowed={view.allowed}
          tokens={tokens}
          query={query}
          summary={t.weightsSummary(view.n, query + 1, selectedText)}
          sums={sums}
          t={t}
        />
        <p className="mt-1 font-mono text-xs text-muted">{t.rowSums(sums.join(', '))}</p>
      </div>
      <MatrixTable
        caption={t.outputTitle}
        corner={t.outCorner}
        columns={dims}
        rows={tokens}
        cells={fmt(view.output, 3)}
        selectedRow={query}
      />
    </div>
  );
}

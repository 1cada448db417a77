import { fmtRating, placeOf } from './battles';

type Ratings = Readonly<Record<string, number>>;

/** Final ratings side by side, each column with its rank; a missing rating shows as a dash. */
export function RatingsTable({
  models,
  columns,
  caption,
  head,
}: {
  models: readonly string[];
  columns: readonly { title: string; ratings: Ratings }[];
  caption: string;
  head: { model: string; place: string };
}) {
  const cell = 'px-2 py-1 text-right font-mono tabular-nums';
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="mb-1 text-left text-muted">{caption}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="px-2 py-1 text-left font-medium">
              {head.model}
            </th>
            {columns.map((c) => [
              <th key={c.title} scope="col" className="px-2 py-1 text-right font-medium">
                {c.title}
              </th>,
              <th key={`${c.title}#`} scope="col" className="px-2 py-1 text-right font-medium">
                {head.place}
              </th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {models.map((m) => (
            <tr key={m} className="border-b border-line/60">
              <th scope="row" className="px-2 py-1 text-left font-medium">
                {m}
              </th>
              {columns.map((c) => [
                <td key={c.title} className={cell}>
                  {fmtRating(c.ratings[m])}
                </td>,
                <td key={`${c.title}#`} className={cell}>
                  {placeOf(m, c.ratings, models)}
                </td>,
              ])}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

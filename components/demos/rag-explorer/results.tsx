import { formatFixed } from '@/lib/format';
import type { Chunk, ChunkIndex, Hit, Rankings, Scores } from './retrieve';
import type { Method, RagText } from './text';

const METHODS: readonly Method[] = ['bm25', 'tfidf', 'fused'];
/** Decimals per score: BM25 is unbounded, a cosine is in [0, 1], an RRF score is about 1/60. */
const DIGITS: Record<Method, number> = { bm25: 2, tfidf: 3, fused: 4 };

/** "page › section" of a chunk. */
export function chunkPlace(index: ChunkIndex, hit: Hit): { chunk: Chunk; where: string } {
  const chunk = index.chunks[hit.chunk] as Chunk;
  const doc = index.docs[chunk.doc];
  return { chunk, where: doc ? `${doc.source} › ${doc.title}` : '' };
}

function HitList({
  index,
  hits,
  method,
  k,
  relevance,
  t,
}: {
  index: ChunkIndex;
  hits: readonly Hit[];
  method: Method;
  k: number;
  relevance: Readonly<Record<string, number>> | null;
  t: RagText;
}) {
  if (hits.length === 0) return <p className="mt-1 text-sm text-muted">{t.noHits}</p>;
  return (
    <ol className="mt-1 list-decimal space-y-1.5 pl-5 text-sm">
      {hits.slice(0, k).map((hit) => {
        const { chunk, where } = chunkPlace(index, hit);
        const id = index.docs[chunk.doc]?.id ?? '';
        const relevant = relevance !== null && (relevance[id] ?? 0) > 0;
        return (
          <li key={hit.chunk} data-doc={id} data-relevant={relevant ? '' : undefined}>
            <span className={relevant ? 'font-medium' : undefined}>{where}</span>
            <span className="block text-xs text-muted tabular-nums">
              {t.part(chunk.part + 1, chunk.parts)} · {t.score} {formatFixed(hit.score, DIGITS[method])}
              {relevant && (
                <span className="ml-1 rounded bg-accent-soft px-1 text-accent-strong">✓ {t.relevant}</span>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** The top k chunks of BM25, TF-IDF and their fusion, side by side on wide screens. */
export function RankingLists({
  index,
  rankings,
  k,
  relevance,
  t,
}: {
  index: ChunkIndex;
  rankings: Rankings;
  k: number;
  relevance: Readonly<Record<string, number>> | null;
  t: RagText;
}) {
  return (
    <div className="mt-4">
      <p className="text-sm font-medium">{t.rankingsCaption(k)}</p>
      <div className="mt-2 grid gap-4 sm:grid-cols-3" data-rankings="">
        {METHODS.map((method) => {
          const hits = rankings[method];
          return (
            <div key={method} data-method={method}>
              <h3 className="text-sm font-semibold">{t.methods[method]}</h3>
              <p className="text-xs text-muted">{t.methodNotes[method]}</p>
              {hits === null ? (
                <p className="mt-1 text-sm text-muted">{t.tfidfZero}</p>
              ) : (
                <HitList index={index} hits={hits} method={method} k={k} relevance={relevance} t={t} />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** recall@k, RR and nDCG@k per retriever, as a table with a caption. */
export function MetricsTable({
  caption,
  rows,
  k,
  rrLabel,
  t,
  id,
}: {
  caption: string;
  rows: Record<Method, Scores | null>;
  k: number;
  rrLabel: string;
  t: RagText;
  id: string;
}) {
  return (
    <table className="mt-3 w-full text-sm tabular-nums" data-metrics={id}>
      <caption className="text-left text-sm font-medium">{caption}</caption>
      <thead>
        <tr className="border-b border-line text-left">
          <th scope="col" className="py-1 pr-3 font-medium">
            {t.method}
          </th>
          <th scope="col" className="py-1 pr-3 font-medium">{`recall@${k}`}</th>
          <th scope="col" className="py-1 pr-3 font-medium">
            {rrLabel}
          </th>
          <th scope="col" className="py-1 font-medium">{`nDCG@${k}`}</th>
        </tr>
      </thead>
      <tbody>
        {METHODS.map((method) => {
          const s = rows[method];
          return (
            <tr key={method} data-method={method} className="border-b border-line/60">
              <th scope="row" className="py-1 pr-3 text-left font-normal">
                {t.methods[method]}
              </th>
              {s ? (
                <>
                  <td className="py-1 pr-3">{formatFixed(s.recall, 2)}</td>
                  <td className="py-1 pr-3">{formatFixed(s.rr, 2)}</td>
                  <td className="py-1">{formatFixed(s.ndcg, 2)}</td>
                </>
              ) : (
                <td colSpan={3} className="py-1 text-muted">
                  {t.unranked}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

import { z } from 'zod';
import type { ReactNode } from 'react';
import { useLocaleStrings } from './strings';
import { parseProps } from './validate';

const children = z.custom<ReactNode>(
  (value) => value !== undefined && value !== null,
  'needs content inside',
);

const noteSchema = z.object({ title: z.string().min(1).optional(), children }).strict();
const titledSchema = z.object({ title: z.string().min(1, 'needs a title'), children }).strict();

/** A side remark: context, intuition, a pointer elsewhere. */
export function Note(props: { title?: string; children: ReactNode }) {
  const { title, children } = parseProps('Note', noteSchema, props);
  const t = useLocaleStrings();
  return (
    <aside
      className="my-6 rounded-lg border-l-4 border-note bg-note-soft px-5 py-4"
      aria-label={title ?? t.note}
    >
      <p className="not-prose mb-1 text-sm font-semibold text-accent-strong">{title ?? t.note}</p>
      <div className="callout-body">{children}</div>
    </aside>
  );
}

/**
 * A "convention gotcha": where papers, libraries and APIs define the same thing differently
 * (top-p boundary, which tokens a penalty counts, T = 0, …). Always titled.
 */
export function Pitfall(props: { title: string; children: ReactNode }) {
  const { title, children } = parseProps('Pitfall', titledSchema, props);
  const t = useLocaleStrings();
  return (
    <aside
      className="my-6 rounded-lg border border-pitfall/40 bg-pitfall-soft px-5 py-4"
      aria-label={`${t.pitfall}: ${title}`}
    >
      <p className="not-prose mb-1 text-sm font-semibold text-pitfall">
        <span aria-hidden="true">⚠ </span>
        {t.pitfall} · <span className="text-fg">{title}</span>
      </p>
      <div className="callout-body">{children}</div>
    </aside>
  );
}

/** Optional depth (a derivation, a proof, history): collapsed so the main line stays short. */
export function DeepDive(props: { title: string; children: ReactNode }) {
  const { title, children } = parseProps('DeepDive', titledSchema, props);
  const t = useLocaleStrings();
  return (
    <details className="group my-6 rounded-lg border border-line bg-surface-2/60 px-5 py-3">
      <summary className="not-prose cursor-pointer list-none font-semibold marker:hidden">
        <span
          className="mr-2 inline-block text-muted transition-transform group-open:rotate-90"
          aria-hidden="true"
        >
          ▸
        </span>
        <span className="text-sm text-muted">{t.deepDive} · </span>
        {title}
      </summary>
      <div className="callout-body mt-3">{children}</div>
    </details>
  );
}

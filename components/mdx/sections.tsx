import { z } from 'zod';
import type { ReactNode } from 'react';
import { useLocaleStrings } from './strings';
import { parseProps } from './validate';

const children = z.custom<ReactNode>(
  (value) => value !== undefined && value !== null,
  'needs content inside',
);
const schema = z.object({ children }).strict();

/** Opens every page: what the reader will be able to do afterwards (a markdown list inside). */
export function LearningGoals(props: { children: ReactNode }) {
  const { children: content } = parseProps('LearningGoals', schema, props);
  const t = useLocaleStrings();
  return (
    <section
      className="my-8 rounded-xl border border-accent/30 bg-accent-soft px-6 py-5"
      aria-label={t.learningGoals}
    >
      <p className="not-prose mb-2 font-semibold text-accent-strong">{t.learningGoals}</p>
      <div className="callout-body">{content}</div>
    </section>
  );
}

/** Closes every page: the few sentences worth remembering. */
export function Recap(props: { children: ReactNode }) {
  const { children: content } = parseProps('Recap', schema, props);
  const t = useLocaleStrings();
  return (
    <section className="my-8 rounded-xl border border-line bg-surface-2 px-6 py-5" aria-label={t.recap}>
      <p className="not-prose mb-2 font-semibold">{t.recap}</p>
      <div className="callout-body">{content}</div>
    </section>
  );
}

const figureSchema = z.object({ caption: z.string().min(1, 'needs a caption'), children }).strict();

/** A numbered-by-position figure (SVG, table or image) with a caption that screen readers announce. */
export function Figure(props: { caption: string; children: ReactNode }) {
  const { caption, children: content } = parseProps('Figure', figureSchema, props);
  return (
    <figure className="my-8">
      <div className="overflow-x-auto">{content}</div>
      <figcaption className="mt-2 text-center text-sm text-muted">{caption}</figcaption>
    </figure>
  );
}

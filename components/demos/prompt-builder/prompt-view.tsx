import { Fragment, type ReactNode } from 'react';
import type { PromptSection, PromptSectionKind } from '@/lib/prompting/prompt-assembly';
import type { PromptBuilderText } from './text';

/** Labels drawn with CSS `::before` from `data-before`: seen, but not part of the text content. */
const LABEL =
  'before:content-[attr(data-before)] before:mr-1.5 before:inline-block before:rounded-full before:border before:border-line before:px-1.5 before:align-[0.1em] before:font-sans before:text-[0.7rem] before:leading-4 before:text-muted before:select-none';

/** A tint per kind; the label says the same in words, so colour is never the only carrier. */
const TINT: Record<PromptSectionKind, string> = {
  role: 'bg-surface-2',
  instruction: '',
  'data-note': 'bg-accent-soft/60',
  schema: 'bg-accent-soft/60',
  exit: 'bg-pitfall-soft/70',
  demonstration: 'bg-surface-2',
  input: 'bg-accent-soft',
  cue: '',
};

/**
 * The assembled prompt, part by part, as React text with its whitespace kept: each section a
 * span that carries its kind (`data-kind`) and a label drawn in CSS, so the element's text
 * content is exactly the string lib assembled, separators included.
 */
export function PromptView({
  text,
  sections,
  t,
  id,
  labelledBy,
}: {
  text: string;
  sections: readonly PromptSection[];
  t: PromptBuilderText;
  id: string;
  labelledBy: string;
}) {
  const pieces: ReactNode[] = [];
  let at = 0;
  sections.forEach((s, i) => {
    if (s.start > at) pieces.push(<Fragment key={`gap-${i}`}>{text.slice(at, s.start)}</Fragment>);
    const label = s.index === undefined ? t.sections[s.kind] : `${t.sections[s.kind]} ${s.index + 1}`;
    pieces.push(
      <span key={i} data-kind={s.kind} data-before={label} className={`${LABEL} ${TINT[s.kind]} rounded-sm`}>
        {text.slice(s.start, s.end)}
      </span>,
    );
    at = s.end;
  });
  if (at < text.length) pieces.push(<Fragment key="tail">{text.slice(at)}</Fragment>);
  // A focusable, named region: a long prompt scrolls, and keyboard users scroll it too.
  return (
    <pre
      id={id}
      data-prompt=""
      role="region"
      aria-labelledby={labelledBy}
      tabIndex={0}
      className="mt-2 max-h-[28rem] overflow-auto rounded-md border border-line bg-surface p-3 font-mono text-[0.8rem] leading-6 break-words whitespace-pre-wrap"
    >
      {pieces}
    </pre>
  );
}

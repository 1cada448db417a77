import { Fragment, type ReactNode } from 'react';
import type { ChatSegment } from '@/lib/alignment/chat-checks';
import type { ChatTemplateText } from './text';

/** Marks drawn with CSS `::before` from `data-before`: seen, but not part of the text content. */
const BEFORE = 'before:content-[attr(data-before)]';
const SPECIAL = 'rounded-sm border border-fg-2/40 bg-surface-2 px-px font-semibold text-fg-2';
const LOSS = 'bg-accent-soft underline decoration-accent decoration-2 underline-offset-4';
const LOOKALIKE = `outline-1 outline-offset-1 outline-pitfall outline-dashed ${BEFORE} before:text-pitfall`;
const LABEL = `${BEFORE} mr-1 inline-block rounded-full border px-1.5 align-[0.1em] font-sans text-[0.7rem] leading-4 select-none`;

/** Text with each line break preceded by a visible ↵ (a CSS mark: the text itself is unchanged). */
function withBreaks(text: string): ReactNode {
  if (!text.includes('\n')) return text;
  return text.split('\n').map((part, i) => (
    <Fragment key={i}>
      {i > 0 && (
        <span data-before="↵" className={`text-muted ${BEFORE}`}>
          {'\n'}
        </span>
      )}
      {part}
    </Fragment>
  ));
}

function Segment({ segment }: { segment: ChatSegment }) {
  const loss = segment.trainable ? LOSS : '';
  if (segment.kind === 'special') {
    return (
      <span data-special="" className={`${SPECIAL} ${loss}`}>
        {segment.text}
      </span>
    );
  }
  if (segment.lookalike) {
    return (
      <span data-lookalike="" data-before="⚠" className={`${LOOKALIKE} ${loss}`}>
        {segment.text}
      </span>
    );
  }
  return <span className={loss || undefined}>{withBreaks(segment.text)}</span>;
}

/** Consecutive segments of one message (or of the generation prompt, message −1). */
function groups(segments: readonly ChatSegment[]): ChatSegment[][] {
  const out: ChatSegment[][] = [];
  for (const s of segments) {
    const last = out.at(-1);
    if (last && last[0]!.message === s.message) last.push(s);
    else out.push([s]);
  }
  return out;
}

/**
 * The rendered string, segment by segment: special tokens boxed, loss-carrying text underlined
 * and tinted, pasted special-token text dashed with a ⚠, line breaks marked ↵, and each turn
 * opened by a label with its role and whether it carries loss. Labels and marks are CSS
 * `::before` content, so the element's text content is exactly the string lib rendered.
 */
export function RenderedView({
  segments,
  t,
  id,
  labelledBy,
  describedBy,
}: {
  segments: readonly ChatSegment[];
  t: ChatTemplateText;
  id: string;
  labelledBy: string;
  /** the legend */
  describedBy: string;
}) {
  // A focusable, named region: the string can be long and scrolls (keyboard users scroll it too).
  return (
    <pre
      id={id}
      data-rendered=""
      role="region"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      tabIndex={0}
      className="mt-2 max-h-96 overflow-auto rounded-md border border-line bg-surface p-3 font-mono text-[0.8rem] leading-7 break-words whitespace-pre-wrap"
    >
      {groups(segments).map((group) => {
        const first = group[0]!;
        const loss = group.some((s) => s.trainable);
        const label = first.message === -1 ? t.generationLabel(loss) : t.roleLabel(first.role || '∅', loss);
        return (
          <Fragment key={first.message}>
            <span
              data-turn-label=""
              data-before={label}
              className={`${LABEL} ${loss ? 'border-accent text-accent-strong' : 'border-line text-muted'}`}
            />
            {group.map((segment) => (
              <Segment key={segment.start} segment={segment} />
            ))}
          </Fragment>
        );
      })}
    </pre>
  );
}

/** The legend: a sample of each mark next to what it means. */
export function Legend({ t, id }: { t: ChatTemplateText; id: string }) {
  const items: [ReactNode, string][] = [
    [
      <span key="s1" className={SPECIAL}>
        {'<|eot_id|>'}
      </span>,
      t.legendSpecial,
    ],
    [
      <span key="s2" className={LOSS}>
        abc
      </span>,
      t.legendLoss,
    ],
    [
      <span key="s3" data-before="⚠" className={LOOKALIKE}>
        {'<|im_end|>'}
      </span>,
      t.legendLookalike,
    ],
    [<span key="s4" data-before="↵" className={`text-muted ${BEFORE}`} />, t.legendNewline],
    [<span key="s5" data-before="user · …" className={`${LABEL} border-line text-muted`} />, t.legendLabel],
  ];
  return (
    <div id={id} className="mt-3 text-xs">
      <p className="font-medium">{t.legend}</p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1.5">
        {items.map(([sample, label]) => (
          <li key={label} className="flex items-center gap-1.5">
            <span aria-hidden="true" className="font-mono text-[0.75rem]">
              {sample}
            </span>
            <span>{label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

import { Children, isValidElement } from 'react';
import type { ReactNode } from 'react';
import { z } from 'zod';
import { parseProps } from '@/components/mdx/validate';
import { cn } from '@/lib/utils';
import { ERAS, ERA_COLORS } from './eras';
import type { Era } from './eras';
import { Island } from '@/components/islands/island';

const eventSchema = z
  .object({
    year: z.string().regex(/^\d{4}(s|–\d{4})?$/, 'year must look like 2017, 1990s or 2018–2023'),
    era: z.enum(ERAS),
    title: z.string().min(1),
    children: z.custom<ReactNode>((v) => v !== undefined && v !== null, 'needs a description inside'),
  })
  .strict();

type EventProps = { year: string; era: Era; title: string; children: ReactNode };

/** One milestone. Only valid inside <LlmTimeline>. */
export function TimelineEvent(props: EventProps) {
  const { year, era, title, children } = parseProps('TimelineEvent', eventSchema, props);
  return (
    <li data-era={era} className={cn('relative border-l-4 py-2 pr-2 pl-4', ERA_COLORS[era])}>
      <p className="text-sm font-semibold text-muted tabular-nums">{year}</p>
      <p className="font-semibold">{title}</p>
      <div className="mt-1 text-[0.95em] text-fg-2 [&_p]:my-1">{children}</div>
    </li>
  );
}

/**
 * The interactive history timeline (demo id `llm-timeline`): events written in MDX as
 * <TimelineEvent> children, filtered by era with radio buttons. The events stay static HTML; the
 * radios (an island) filter them through CSS (`[data-timeline]:has(…:checked)` in globals.css), which
 * works before and without hydration; the island adds the live count.
 */
export function LlmTimeline({ children }: { children: ReactNode }) {
  const counts: Record<Era, number> = { early: 0, slm: 0, nlm: 0, plm: 0, llm: 0 };
  const events = Children.toArray(children).filter(isValidElement);
  for (const event of events) {
    if (event.type !== TimelineEvent)
      throw new Error('<LlmTimeline> may only contain <TimelineEvent> children');
    const { era } = event.props as EventProps;
    counts[era] += 1;
  }
  if (events.length === 0) throw new Error('<LlmTimeline> needs at least one <TimelineEvent>');
  return (
    <div data-timeline className="not-prose my-8 rounded-xl border border-line p-5">
      <Island name="llm-timeline" props={{ counts }} />
      <ol className="mt-4 space-y-3">{events}</ol>
    </div>
  );
}

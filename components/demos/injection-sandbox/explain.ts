/**
 * Puts the toy follower's result into words: the readout, the "why" sentences and the rows of the
 * trace table. No rule logic here — every decision comes from lib's `toyFollow` trace. Pure;
 * tested in tests/unit/demos/injection-sandbox-presets.test.ts.
 */
import type { ToyAction, ToyResult, ToySegment } from '@/lib/prompting/injection';
import { clip } from './presets';
import type { SandboxText } from './text';

/** How much of a sentence the "why" sentences and the trace table quote. */
export const QUOTE_CHARS = 120;

export function actionLabel(t: SandboxText, action: ToyAction): string {
  switch (action.kind) {
    case 'summarise':
      return t.actions.summarise;
    case 'count-words':
      return t.actions.countWords;
    case 'reply':
      return t.actions.reply(action.text);
    case 'send-email':
      return t.actions.sendEmail(action.to);
    case 'none':
      return t.actions.none;
  }
}

/** The readout: what the follower outputs, in words. */
export function readoutText(t: SandboxText, result: ToyResult): string {
  const { action, output, tool } = result;
  if (tool) return tool.status === 'sent' ? t.readout.sent(output) : t.readout.refused(tool.to);
  if (action.kind === 'count-words') return t.readout.count(output);
  if (action.kind === 'summarise' && output === '') return t.readout.emptySummary;
  return output === '' ? t.readout.nothing : t.readout.text(output);
}

const RULE_OF_VIA = { tag: 3, marker: 4, encoding: 5 } as const;

/** The rule that fired and why, as sentences. */
export function whyText(t: SandboxText, result: ToyResult): string[] {
  const { segments, obeyed, escapedAfter, declared } = result.trace;
  const winner = obeyed === null ? undefined : segments[obeyed];
  if (winner === undefined) return [t.noInstruction];
  const quote = clip(winner.text, QUOTE_CHARS);
  const out: string[] = [];
  if (result.tool?.status === 'refused') {
    out.push(t.refused(winner.line, quote, result.tool.to));
  } else if (winner.line === 1) {
    out.push(t.developerWins(quote));
  } else {
    out.push(t.injectedWins(winner.line, quote));
  }
  const closer = escapedAfter === null ? undefined : segments[escapedAfter];
  if (closer && declared.tag !== null) out.push(t.escaped(closer.line, closer.text, declared.tag));
  if (result.tool?.status === 'sent') out.push(t.sent);
  if (result.action.kind === 'none') out.push(t.cancelled);
  const blocked = segments.filter((s) => s.role.kind === 'data' && s.role.looksLikeInstruction);
  const first = blocked[0]?.role;
  if (first?.kind === 'data') out.push(t.blocked(blocked.length, RULE_OF_VIA[first.via]));
  return out;
}

export interface TraceRow {
  readonly line: number;
  readonly text: string;
  readonly role: string;
  /** the unmarked or decoded text, and whether it would look like an instruction */
  readonly details: readonly string[];
  readonly obeyed: boolean;
  /** data that looks like an instruction but is not obeyed */
  readonly blocked: boolean;
}

function roleText(
  t: SandboxText,
  s: ToySegment,
  obeyed: boolean,
  tag: string | null,
  marker: string | null,
): string {
  const role = s.role;
  switch (role.kind) {
    case 'instruction':
      return obeyed
        ? t.roles.obeyed(actionLabel(t, role.action))
        : t.roles.overridden(actionLabel(t, role.action));
    case 'text':
      return s.line === 1 ? t.roles.developer : t.roles.text;
    case 'tag':
      return role.effect === 'open'
        ? t.roles.tagOpen
        : role.effect === 'close'
          ? t.roles.tagClose
          : t.roles.tagIgnored;
    case 'data':
      if (role.via === 'tag') return t.roles.dataTag(tag ?? '');
      if (role.via === 'marker') return t.roles.dataMarker(marker ?? '');
      return role.material === null ? t.roles.undecodable : t.roles.dataEncoded;
  }
}

/** One row per segment of the trace, in prompt order. */
export function traceRows(t: SandboxText, result: ToyResult): TraceRow[] {
  const { segments, obeyed, declared } = result.trace;
  return segments.map((s, i) => {
    const details: string[] = [];
    const role = s.role;
    if (role.kind === 'data' && role.via !== 'tag' && role.material !== null) {
      const shown = clip(role.material, QUOTE_CHARS);
      details.push(role.via === 'marker' ? t.roles.unmarked(shown) : t.roles.decoded(shown));
    }
    const blocked = role.kind === 'data' && role.looksLikeInstruction;
    if (blocked) details.push(t.roles.looksLike);
    return {
      line: s.line,
      text: clip(s.text, QUOTE_CHARS),
      role: roleText(t, s, i === obeyed, declared.tag, declared.marker),
      details,
      obeyed: i === obeyed,
      blocked,
    };
  });
}

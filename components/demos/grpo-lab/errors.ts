/**
 * The GRPO lab's inline messages: which field a refused input is about, and what to say.
 * Pure; tested in tests/unit/demos/grpo-lab-compute.test.ts.
 */
import type { LabError } from './compute';
import type { GrpoText } from './text';

/** The message for an error, ending with the note that the last valid result stays. */
export function errorText(t: GrpoText, e: LabError): string {
  let text: string;
  if (e.kind === 'g') text = t.groupErrors(e.error);
  else if (e.kind === 'length') text = t.fieldError(t.lengthLabel(e.row + 1), e.error);
  else if (e.kind === 'maxLength') text = t.fieldError(t.maxLength, e.error);
  else {
    const rule = e.g
      ? t.rules.g
      : e.maxLength
        ? t.rules.maxLength
        : e.rows.length > 0
          ? t.rules.length
          : t.rules.other;
    text = t.libError(rule, e.message);
  }
  return `${text} ${t.kept}`;
}

/** The fields to mark invalid. */
export function invalidFields(e: LabError | null): { g: boolean; rows: number[]; maxLength: boolean } {
  if (e === null) return { g: false, rows: [], maxLength: false };
  if (e.kind === 'g') return { g: true, rows: [], maxLength: false };
  if (e.kind === 'length') return { g: false, rows: [e.row], maxLength: false };
  if (e.kind === 'maxLength') return { g: false, rows: [], maxLength: true };
  return { g: e.g, rows: e.rows, maxLength: e.maxLength };
}

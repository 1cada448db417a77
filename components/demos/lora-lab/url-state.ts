/**
 * The lora lab's share link. A page can hold several labs (the PEFT page has four, each opened on
 * its own tab), so every key carries the INSTANCE — the tab the lab was opened on in MDX — as
 * well as the field: `?lora-scaling-alpha=32&lora-scaling-r=64` belongs to the lab written as
 * `<LoraLab tab="scaling" />`, and a params lab whose reader switched to its scaling tab writes
 * `lora-params-alpha` instead, so the two never fight over one key. Pure; tested in
 * tests/unit/demos/lora-lab-url.test.ts.
 */
import { LORA_TARGETS, type LoraTarget } from '@/lib/calculators/lora';
import { MEMORY_PRESETS, type MemoryDraft } from './memory';
import { DEFAULT_PARAMS, MODEL_KEYS, type ParamsDraft } from './params';
import { DEFAULT_SCALING, type ScalingDraft } from './scaling';
import { DEFAULT_SVD, SPECTRA, type SvdDraft } from './svd-matrix';
import { isTabKey, type TabKey } from './tabs';

/** The field names after `lora-<instance>-`, per tab. */
const FIELDS = {
  params: { model: 'model', targets: 'targets', rank: 'r' },
  scaling: { alpha: 'alpha', rank: 'sr' },
  memory: { params: 'params', trainable: 'trainable', doubleQuant: 'dq' },
  svd: { seed: 'seed', spectrum: 'spectrum', rank: 'vr' },
} as const;

/** A typed field longer than this in a link is ignored (no real number is that long). */
const MAX_FIELD_LENGTH = 40;

/** The full query key of `field` for the lab opened on `instance`. */
export const queryKey = (instance: TabKey, field: string) => `lora-${instance}-${field}`;

/** What a link restores for one lab: the open tab and any tab's form. */
export interface LinkedLab {
  readonly tab?: TabKey;
  readonly params?: ParamsDraft;
  readonly scaling?: ScalingDraft;
  readonly memory?: MemoryDraft;
  readonly svd?: SvdDraft;
}

/** The query parameters of one tab's form (for `useWriteQuery`). */
export function encodeParams(instance: TabKey, d: ParamsDraft): Record<string, string> {
  const f = FIELDS.params;
  return {
    [queryKey(instance, f.model)]: d.model,
    [queryKey(instance, f.targets)]: d.targets.join(','),
    [queryKey(instance, f.rank)]: d.rank,
  };
}

export function encodeScaling(instance: TabKey, d: ScalingDraft): Record<string, string> {
  const f = FIELDS.scaling;
  return { [queryKey(instance, f.alpha)]: d.alpha, [queryKey(instance, f.rank)]: d.rank };
}

export function encodeMemory(instance: TabKey, d: MemoryDraft): Record<string, string> {
  const f = FIELDS.memory;
  return {
    [queryKey(instance, f.params)]: d.params,
    [queryKey(instance, f.trainable)]: d.trainable,
    [queryKey(instance, f.doubleQuant)]: d.doubleQuant ? '1' : '0',
  };
}

export function encodeSvd(instance: TabKey, d: SvdDraft): Record<string, string> {
  const f = FIELDS.svd;
  return {
    [queryKey(instance, f.seed)]: d.seed,
    [queryKey(instance, f.spectrum)]: d.spectrum,
    [queryKey(instance, f.rank)]: d.rank,
  };
}

/**
 * What the query string holds for the lab opened on `instance`, or null when it holds none of its
 * keys. Unknown choices and over-long fields fall back to the defaults; numbers come back as
 * typed, so a bad one shows the tab's usual inline message. A tab's form is restored only when at
 * least one of its keys is present.
 *
 * @example decodeLab('?lora-scaling-alpha=32', 'scaling')?.scaling // { alpha: '32', rank: '8' }
 * @example decodeLab('?lora-scaling-alpha=32', 'params') // null
 */
export function decodeLab(search: string, instance: TabKey): LinkedLab | null {
  const query = new URLSearchParams(search);
  const get = (field: string) => query.get(queryKey(instance, field));
  const text = (field: string, fallback: string) => {
    const value = get(field);
    return value !== null && value.length <= MAX_FIELD_LENGTH ? value : fallback;
  };
  const has = (fields: Record<string, string>) => Object.values(fields).some((f) => get(f) !== null);
  const lab: {
    tab?: TabKey;
    params?: ParamsDraft;
    scaling?: ScalingDraft;
    memory?: MemoryDraft;
    svd?: SvdDraft;
  } = {};

  const tab = get('tab');
  if (isTabKey(tab)) lab.tab = tab;
  if (has(FIELDS.params)) {
    const f = FIELDS.params;
    const model = get(f.model);
    const targets = get(f.targets);
    lab.params = {
      model: MODEL_KEYS.find((k) => k === model) ?? DEFAULT_PARAMS.model,
      targets:
        targets === null
          ? DEFAULT_PARAMS.targets
          : LORA_TARGETS.filter((t: LoraTarget) => targets.split(',').includes(t)),
      rank: text(f.rank, DEFAULT_PARAMS.rank),
    };
  }
  if (has(FIELDS.scaling)) {
    const f = FIELDS.scaling;
    lab.scaling = { alpha: text(f.alpha, DEFAULT_SCALING.alpha), rank: text(f.rank, DEFAULT_SCALING.rank) };
  }
  if (has(FIELDS.memory)) {
    const f = FIELDS.memory;
    const fallback = MEMORY_PRESETS['llama2-qv8'];
    const dq = get(f.doubleQuant);
    lab.memory = {
      params: text(f.params, fallback.params),
      trainable: text(f.trainable, fallback.trainable),
      doubleQuant: dq === null ? fallback.doubleQuant : dq === '1',
    };
  }
  if (has(FIELDS.svd)) {
    const f = FIELDS.svd;
    const spectrum = get(f.spectrum);
    lab.svd = {
      seed: text(f.seed, DEFAULT_SVD.seed),
      spectrum: SPECTRA.find((s) => s === spectrum) ?? DEFAULT_SVD.spectrum,
      rank: text(f.rank, DEFAULT_SVD.rank),
    };
  }
  return Object.keys(lab).length > 0 ? lab : null;
}

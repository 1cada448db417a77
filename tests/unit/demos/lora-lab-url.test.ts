/** The lora lab's share link: per-instance keys, so two labs on one page never share a key. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_MEMORY } from '@/components/demos/lora-lab/memory';
import { DEFAULT_PARAMS } from '@/components/demos/lora-lab/params';
import { DEFAULT_SCALING } from '@/components/demos/lora-lab/scaling';
import { DEFAULT_SVD } from '@/components/demos/lora-lab/svd-matrix';
import { TAB_KEYS } from '@/components/demos/lora-lab/tabs';
import {
  decodeLab,
  encodeMemory,
  encodeParams,
  encodeScaling,
  encodeSvd,
} from '@/components/demos/lora-lab/url-state';

const query = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

describe('lora-lab url state', () => {
  it('round-trips every tab’s form under the instance’s own keys', () => {
    const params = { model: 'llama3-8b', targets: ['q', 'k', 'v', 'o'], rank: '16' } as const;
    const scaling = { alpha: '32', rank: '64' };
    const memory = { params: '65,000,000,000', trainable: '130,000,000', doubleQuant: false };
    const svd = { seed: '42', spectrum: 'noise', rank: '5' } as const;
    const search = query({
      ...encodeParams('params', params),
      ...encodeScaling('params', scaling),
      ...encodeMemory('params', memory),
      ...encodeSvd('params', svd),
      'lora-params-tab': 'scaling',
    });
    expect(decodeLab(search, 'params')).toEqual({ tab: 'scaling', params, scaling, memory, svd });
  });

  it('keeps two labs apart: a key of one instance is invisible to the others', () => {
    const scalingLab = query(encodeScaling('scaling', { alpha: '8', rank: '4' }));
    expect(decodeLab(scalingLab, 'scaling')).toEqual({ scaling: { alpha: '8', rank: '4' } });
    for (const other of TAB_KEYS.filter((k) => k !== 'scaling'))
      expect(decodeLab(scalingLab, other)).toBeNull();
    // every key an instance writes starts with lora-<instance>-
    for (const instance of TAB_KEYS) {
      const keys = Object.keys({
        ...encodeParams(instance, DEFAULT_PARAMS),
        ...encodeScaling(instance, DEFAULT_SCALING),
        ...encodeMemory(instance, DEFAULT_MEMORY),
        ...encodeSvd(instance, DEFAULT_SVD),
      });
      for (const key of keys) expect(key.startsWith(`lora-${instance}-`)).toBe(true);
    }
  });

  it('falls back to defaults for unknown choices and over-long fields, keeps bad numbers as typed', () => {
    const lab = decodeLab(
      query({
        'lora-params-model': 'gpt-5',
        'lora-params-targets': 'q,lm_head,v,v',
        'lora-params-r': 'abc',
        'lora-svd-spectrum': 'pink',
        'lora-svd-seed': '9'.repeat(41),
        'lora-params-tab': 'nope',
      }),
      'params',
    );
    expect(lab).toEqual({ params: { model: DEFAULT_PARAMS.model, targets: ['q', 'v'], rank: 'abc' } });
    expect(decodeLab(query({ 'lora-svd-spectrum': 'pink', 'lora-svd-seed': '9'.repeat(41) }), 'svd')).toEqual(
      {
        svd: DEFAULT_SVD,
      },
    );
    expect(decodeLab('', 'params')).toBeNull();
    expect(decodeLab('?lr-at=3&dpo-pc=-1', 'memory')).toBeNull();
  });
});

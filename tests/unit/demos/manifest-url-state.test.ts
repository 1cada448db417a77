/**
 * The manifest's `urlState` flag says which demos keep their state in the address bar; the
 * generated e2e check (tests/e2e/demos.spec.ts) then expects the URL to change and a reopened link
 * to restore the readout. The flag must match the code: a demo sets it exactly when its folder
 * writes the address bar (through shared/url-query.ts, or `history.replaceState` of its own).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoManifest, type DemoSpec } from '@/components/demos/manifest';

const writesAddressBar = (id: string) =>
  fs
    .readdirSync(path.resolve('components/demos', id))
    .filter((f) => /\.tsx?$/.test(f))
    .some((f) => {
      const source = fs.readFileSync(path.resolve('components/demos', id, f), 'utf8');
      return /shared\/url-query'|history\.replaceState\(/.test(source);
    });

describe('demo manifest: urlState', () => {
  for (const demo of demoManifest as readonly DemoSpec[]) {
    it(`${demo.id}: flag ${demo.urlState ? 'set' : 'unset'} matches the code`, () => {
      expect(Boolean(demo.urlState)).toBe(writesAddressBar(demo.id));
    });
  }
});

/**
 * Browser side of the islands: hydrate one `<div data-island>` as a root of its own.
 * In the exported site `react` is Preact's compatible API (scripts/islands.mjs); under `next dev`
 * it is React, which starts only the search dialog through this file. Loaded, with the runtime,
 * only when the first island of a page is needed; see loader.ts.
 */
import type { ComponentType } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { defaultLocale, isLocale } from '@/lib/i18n';
import { IslandRoot } from './island-root';
import { isIslandName, islands } from './registry';

type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A control the reader changed before the runtime owned it, and the state to give it back. */
interface EarlyEdit {
  control: FormControl;
  value: string;
  checked: boolean;
}

/**
 * Input typed into the static HTML before hydration (a slider moved with the keyboard, a box
 * ticked) would be silently overwritten by hydration. Remember it and put the controls back to their
 * HTML defaults, so hydration sees the markup it rendered.
 */
function takeEarlyEdits(root: HTMLElement): EarlyEdit[] {
  const edits: EarlyEdit[] = [];
  for (const control of root.querySelectorAll<FormControl>('input, select, textarea')) {
    if (control instanceof HTMLSelectElement) {
      const options = [...control.options];
      if (options.every((o) => o.selected === o.defaultSelected)) continue;
      edits.push({ control, value: control.value, checked: false });
      options.forEach((o) => (o.selected = o.defaultSelected));
    } else if (
      control instanceof HTMLInputElement &&
      (control.type === 'checkbox' || control.type === 'radio')
    ) {
      if (control.checked === control.defaultChecked) continue;
      edits.push({ control, value: control.value, checked: control.checked });
      control.checked = control.defaultChecked;
    } else if (control.value !== control.defaultValue) {
      edits.push({ control, value: control.value, checked: false });
      control.value = control.defaultValue;
    }
  }
  return edits;
}

/** Replays the remembered edits as real input events, which the island now receives. */
function replayEarlyEdits(edits: readonly EarlyEdit[]) {
  for (const { control, value, checked } of edits) {
    if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) {
      if (control.checked !== checked) control.click();
      continue;
    }
    // The prototype's setter bypasses React's value tracker (under `next dev`), so the change
    // registers as real input.
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(control), 'value')?.set;
    setter?.call(control, value);
    control.dispatchEvent(new Event('input', { bubbles: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

/**
 * Hydrates `el` (or renders into it, for `data-render="client"`), resolving once the runtime
 * has committed. The island's name, props, locale and useId prefix are read from its data
 * attributes.
 */
export async function hydrateIsland(el: HTMLElement): Promise<void> {
  const name = el.dataset.island;
  if (!isIslandName(name)) throw new Error(`Unknown island "${name ?? ''}"`);
  const Component = (await islands[name]()) as ComponentType<Record<string, unknown>>;
  const props = el.dataset.props ? (JSON.parse(el.dataset.props) as Record<string, unknown>) : {};
  const locale = isLocale(el.dataset.locale) ? el.dataset.locale : defaultLocale;
  const clientOnly = el.dataset.render === 'client';
  const idPrefix = el.dataset.prefix ?? '';
  const edits = clientOnly ? [] : takeEarlyEdits(el);

  await new Promise<void>((resolve) => {
    const tree = (
      <IslandRoot locale={locale} idPrefix={idPrefix} onCommit={resolve}>
        <Component {...props} />
      </IslandRoot>
    );
    if (clientOnly) {
      el.replaceChildren();
      createRoot(el).render(tree);
    } else {
      hydrateRoot(el, tree, { identifierPrefix: idPrefix });
    }
  });
  replayEarlyEdits(edits);
}

import type { ReactNode } from 'react';

/** The lab's main live readout: one `<output data-readout>` in the visible tab panel. */
export function Readout({ children }: { children: ReactNode }) {
  return (
    <output
      data-readout
      aria-live="polite"
      className="mt-3 block rounded-md bg-surface-2 px-3 py-2 font-mono text-sm break-words"
    >
      {children}
    </output>
  );
}

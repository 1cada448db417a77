/** The lora-lab demo's four tabs, in the order the tab list shows them. */
export const TAB_KEYS = ['params', 'scaling', 'memory', 'svd'] as const;
export type TabKey = (typeof TAB_KEYS)[number];

/** Whether a string names a tab. @example isTabKey('svd') // true */
export function isTabKey(value: string | null): value is TabKey {
  return value !== null && (TAB_KEYS as readonly string[]).includes(value);
}

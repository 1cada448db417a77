/**
 * Joins class names, the caller's last. Not `cn()`: tailwind-merge is ~7 KB gzip that no other
 * client chunk loads, and the kit's defaults set no property a caller is expected to override
 * except spacing, which callers pass instead of the default (see `Legend`).
 */
export function classes(...names: readonly (string | false | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

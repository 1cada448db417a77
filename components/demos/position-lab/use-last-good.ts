'use client';

import { useState } from 'react';
import type { Field } from './fields';

/**
 * The field's value when it is valid, else the last valid value it had (so bad input leaves the
 * last valid result on screen). Values are compared by content, so a fresh array for the same
 * numbers does not count as a change.
 */
export function useLastGood<T>(field: Field<T>, initial: T): T {
  const [good, setGood] = useState<T>(initial);
  if (field.ok && JSON.stringify(field.value) !== JSON.stringify(good)) setGood(field.value);
  return field.ok ? field.value : good;
}

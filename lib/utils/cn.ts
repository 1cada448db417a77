import { clsx, type ClassValue } from 'clsx';
import { twMerge } from 'tailwind-merge';

/**
 * Joins class names and resolves Tailwind conflicts so the last class wins.
 *
 * Formula: `twMerge(clsx(inputs))` (shadcn/ui `lib/utils.ts`, https://ui.shadcn.com/docs/installation/manual).
 *
 * @throws never; falsy inputs are dropped.
 * @example cn('px-2 py-1', false && 'hidden', 'px-4') // 'py-1 px-4'
 */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}

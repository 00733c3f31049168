// Masking: the only form in which a found value ever leaves the detect stage.
import type { MaskSpec } from './spec.js';

/** Hides at least a third of the value, whatever the spec asks, so short values stay masked. */
export function mask(value: string, spec: MaskSpec): string {
  const chars = [...value];
  if (spec === 'email') {
    const at = value.lastIndexOf('@');
    return (chars[0] ?? '') + '***' + value.slice(at);
  }
  const visible = chars.length - Math.max(1, Math.ceil(chars.length / 3));
  const start = Math.min(spec.keepStart, visible);
  const end = Math.min(spec.keepEnd, visible - start);
  const hidden = Math.max(chars.length - start - end, 1);
  return chars.slice(0, start).join('') + '*'.repeat(hidden) + (end > 0 ? chars.slice(-end).join('') : '');
}

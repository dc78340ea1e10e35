import type { InternalLinkKind } from './types.js';

const INTERNAL = /^(lesson|sandbox|quiz):(.+)$/;

/** `lesson:trust-policies` -> { kind: 'lesson', target: 'trust-policies' }; anything else -> undefined. */
export function parseInternalHref(href: string): { kind: InternalLinkKind; target: string } | undefined {
  const match = INTERNAL.exec(href.trim());
  if (!match) return undefined;
  return { kind: match[1] as InternalLinkKind, target: match[2]!.trim() };
}

/** Links worth printing the address of: the reader cannot open them, so the learner needs it. */
export function isWebHref(href: string): boolean {
  return /^(https?:|mailto:)/i.test(href);
}

/** The marker drawn before internal links; a non-breaking space keeps it with the first word. */
export const INTERNAL_LINK_MARK = '▸\u00a0';

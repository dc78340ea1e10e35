import type { ComponentType } from 'react';

export interface ScreenProps {
  params: Record<string, unknown>;
}

export interface ScreenDef {
  title: string | ((params: Record<string, unknown>) => string);
  component: ComponentType<ScreenProps>;
  /** Extra text for the ? overlay. */
  help?: string;
}

export function screenTitle(def: ScreenDef | undefined, params: Record<string, unknown>): string {
  if (def === undefined) return 'Unknown screen';
  return typeof def.title === 'function' ? def.title(params) : def.title;
}

import type { ComponentType } from 'react';
import type { RouteName, Routes } from './routes.js';

export interface ScreenProps<K extends RouteName = RouteName> {
  params: Routes[K];
}

export interface ScreenDef<K extends RouteName = RouteName> {
  title: string | ((params: Routes[K]) => string);
  component: ComponentType<ScreenProps<K>>;
  /** Extra text for the ? overlay. */
  help?: string;
}

/** Screens by route name, each typed by its own params. */
export type ScreenRegistry = { [K in RouteName]?: ScreenDef<K> };

/** The screen for a route name, typed by that name's params. */
export function screenFor<K extends RouteName>(screens: ScreenRegistry, name: K): ScreenDef<K> | undefined {
  return screens[name];
}

export function screenTitle<K extends RouteName>(def: ScreenDef<K> | undefined, params: Routes[K]): string {
  if (def === undefined) return 'Unknown screen';
  return typeof def.title === 'function' ? def.title(params) : def.title;
}

// The screen stack as a pure function: what push, pop and replace leave, and which depth comes
// up fresh (it has no keys until its screen registers them). The shell applies it to a ref at once,
// so a key in the same read as an Enter already reaches the screen that Enter opened.
import type { Route } from './routes.js';

export type StackAction = { type: 'push'; route: Route } | { type: 'pop' } | { type: 'replace'; route: Route };

export interface StackChange {
  stack: Route[];
  /** The depth whose screen is new (pushed or replaced); undefined after a pop. */
  fresh?: number;
}

/** The stack a CLI start asks for, or home. */
export function initialStack(initial: readonly Route[]): Route[] {
  return initial.length > 0 ? [...initial] : [{ name: 'home' }];
}

/** The next stack, or null when nothing changes (pop on the last screen: Esc on home stays). */
export function stackReduce(stack: readonly Route[], action: StackAction): StackChange | null {
  switch (action.type) {
    case 'push':
      return { stack: [...stack, action.route], fresh: stack.length };
    case 'pop':
      return stack.length > 1 ? { stack: stack.slice(0, -1) } : null;
    case 'replace':
      return { stack: [...stack.slice(0, -1), action.route], fresh: stack.length - 1 };
  }
}

import { render } from 'ink-testing-library';
import { settled } from './fakeTerminal.js';
import type { ScreenRegistry } from '../../src/ui/shell/screenTypes.js';
import { App } from '../../src/ui/shell/App.js';
import type { Route } from '../../src/ui/shell/routes.js';
import { screens as realScreens } from '../../src/ui/screens/registry.js';
import type { Services } from '../../src/ui/services.js';
import { TutorTestProviders } from './tutor.js';

export const keys = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  enter: '\r',
  escape: '\u001B',
  backspace: '\u007F',
  space: ' ',
  tab: '\t',
  pageUp: '\u001B[5~',
  pageDown: '\u001B[6~',
  ctrlC: '\u0003',
} as const;

export interface RenderedApp {
  lastFrame(): string;
  /**
   * Writes keys one at a time with a pause, so each lands after React has re-rendered and the
   * screen has re-registered its handler (keys written back to back are otherwise handled by the
   * previous render's handler).
   */
  press(...input: string[]): Promise<void>;
  exitCodes: number[];
  unmount(): void;
  /** Polls the frame until it matches (Ink throttles renders, so a frame can lag a key). */
  waitForFrame(pattern: RegExp | string, timeoutMs?: number): Promise<string>;
}

export function renderApp(
  options: { initial?: Route[]; screens?: ScreenRegistry; services?: Services } = {},
): RenderedApp {
  const exitCodes: number[] = [];
  let started = false;
  const instance = render(
    <TutorTestProviders options={options.services ? { services: options.services } : {}}>
      <App
        initial={options.initial ?? [{ name: 'home' }]}
        screens={options.screens ?? realScreens}
        onExit={(code) => exitCodes.push(code)}
      />
    </TutorTestProviders>,
  );
  return {
    lastFrame: () => instance.lastFrame() ?? '',
    exitCodes,
    unmount: instance.unmount,
    waitForFrame: async (pattern, timeoutMs = 1000) => {
      const matches = (frame: string) => (typeof pattern === 'string' ? frame.includes(pattern) : pattern.test(frame));
      const deadline = Date.now() + timeoutMs;
      let frame = instance.lastFrame() ?? '';
      while (!matches(frame) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        frame = instance.lastFrame() ?? '';
      }
      return frame;
    },
    press: async (...input: string[]) => {
      // The first key must not arrive before the first render's effects registered the screen.
      // Waiting for the output to settle (not a fixed pause) holds on a loaded machine too.
      if (!started) {
        await settled(instance);
        started = true;
      }
      for (const chunk of input) {
        instance.stdin.write(chunk);
        await settled(instance);
      }
    },
  };
}

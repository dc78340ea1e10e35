// The real screens with the sandbox opened straight on one scenario (null: the free sandbox),
// no progress store behind it, for the screen-reader tests of the sandbox views.
import { startSession } from '../../../src/sandbox/index.js';
import { SandboxPlay } from '../../../src/ui/screens/sandbox/SandboxPlay.js';
import { screens as realScreens } from '../../../src/ui/screens/registry.js';
import type { ScreenRegistry } from '../../../src/ui/shell/screenTypes.js';

export function sandboxScreens(scenario: string | null, cwd?: string): ScreenRegistry {
  return {
    ...realScreens,
    sandbox: {
      title: 'Sandbox',
      component: () => (
        <SandboxPlay initial={startSession(scenario)} progress={null} {...(cwd === undefined ? {} : { cwd })} />
      ),
    },
  };
}

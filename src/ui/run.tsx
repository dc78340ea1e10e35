import { render } from 'ink';
import type { CliFlags, InteractiveCommand } from '../cli/args.js';
import { App } from './shell/App.js';
import type { Route } from './shell/routes.js';
import { screens } from './screens/registry.js';
import { type Services, ServicesContext } from './services.js';

export interface InteractiveOptions {
  command: InteractiveCommand;
  args: string[];
  flags: CliFlags;
  color: boolean;
}

/** The stack a command opens with: home underneath, so Esc always leads back home. */
export function initialRoutes(command: InteractiveCommand, args: string[]): Route[] {
  const home: Route = { name: 'home' };
  if (command === 'home') return [home];
  const id = args[0];
  return [home, id === undefined ? { name: command } : { name: command, params: { id } }];
}

export async function runInteractive(options: InteractiveOptions): Promise<number> {
  const services: Services = {
    now: () => Date.now(),
    seed: options.flags.seed,
    color: options.color,
    dataDir: options.flags.dataDir,
    progressPath: () => options.flags.dataDir ?? '(default location)',
  };
  let exitCode = 0;
  // The alternate screen buffer gives the tutor the whole window and hands the learner's shell
  // back untouched on exit, like vim or less. It is left on every way out, including crashes.
  const leaveAltScreen = () => process.stdout.write('\x1b[?1049l');
  process.stdout.write('\x1b[?1049h\x1b[H');
  process.once('exit', leaveAltScreen);
  const instance = render(
    <ServicesContext.Provider value={services}>
      <App
        initial={initialRoutes(options.command, options.args)}
        screens={screens}
        onExit={(code) => {
          exitCode = code;
        }}
      />
    </ServicesContext.Provider>,
    { exitOnCtrlC: false, patchConsole: false },
  );
  // A terminal closing or a `kill` ends the session like q does; the store is saved on every change.
  const onSignal = (signal: NodeJS.Signals) => {
    exitCode = signal === 'SIGINT' ? 130 : signal === 'SIGHUP' ? 129 : 143;
    instance.unmount();
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);
  try {
    await instance.waitUntilExit();
  } finally {
    instance.cleanup();
    leaveAltScreen();
    process.off('exit', leaveAltScreen);
  }
  return exitCode;
}


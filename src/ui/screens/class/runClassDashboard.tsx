// Shows the dashboard in the shell (one input and exit owner, the frame, ? help) until the
// instructor ends the class; the caller owns the host and stops it afterwards.
import { render } from 'ink';
import { App } from '../../shell/App.js';
import { TutorProvider } from '../../data/TutorContext.js';
import { appLoaders } from '../../run.js';
import type { Services } from '../../services.js';
import { screens } from '../registry.js';
import type { ClassFeed } from './classFeed.js';

/** The instructor's own tutor data, which `/` (search from any screen) and its results read. */
export interface DashboardWhere {
  dataDir: string | undefined;
  color: boolean;
}

/** Resolves with the exit code: 0 after q and y, 130 for Ctrl+C, 129/143 for a hang-up or kill. */
export async function runClassDashboard(
  feed: ClassFeed,
  where: DashboardWhere = { dataDir: undefined, color: true },
): Promise<number> {
  let exitCode = 0;
  let storePath: string | undefined;
  const now = () => Date.now();
  const services: Services = {
    now,
    color: where.color,
    ...(where.dataDir === undefined ? {} : { dataDir: where.dataDir }),
    progressPath: () => storePath ?? where.dataDir ?? '(default location)',
  };
  const loaders = appLoaders({ dataDir: where.dataDir, now }, (path) => {
    storePath = path;
  });
  const leaveAltScreen = () => process.stdout.write('\x1b[?1049l');
  process.stdout.write('\x1b[?1049h\x1b[H');
  process.once('exit', leaveAltScreen);
  const instance = render(
    <TutorProvider services={services} loaders={loaders} classFeed={feed}>
      <App
        initial={[{ name: 'class' }]}
        screens={screens}
        onExit={(code) => {
          exitCode = code;
        }}
      />
    </TutorProvider>,
    { exitOnCtrlC: false, patchConsole: false },
  );
  const onSignal = (signal: NodeJS.Signals) => {
    exitCode = signal === 'SIGINT' ? 130 : signal === 'SIGHUP' ? 129 : 143;
    instance.unmount();
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  for (const signal of signals) process.on(signal, onSignal);
  try {
    await instance.waitUntilExit();
  } finally {
    for (const signal of signals) process.off(signal, onSignal);
    instance.cleanup();
    leaveAltScreen();
    process.off('exit', leaveAltScreen);
  }
  return exitCode;
}

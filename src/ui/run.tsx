import { render } from 'ink';
import type { CliFlags, InteractiveCommand } from '../cli/args.js';
import type { ContentDirs } from '../content/index.js';
import { resolveDataDir } from '../progress/data-dir.js';
import { type AppDataLoaders, TutorProvider } from './data/TutorContext.js';
import { peekProgress } from './data/peekProgress.js';
import type { WorkshopSession } from '../workshop/index.js';
import { App } from './shell/App.js';
import type { Route } from './shell/routes.js';
import { screens } from './screens/registry.js';
import type { Services } from './services.js';

export interface InteractiveOptions {
  command: InteractiveCommand;
  args: string[];
  flags: CliFlags;
  color: boolean;
  /** A workshop's content and its attendee's own data dir, when running one. */
  extraContentDirs?: ContentDirs[];
  dataDirOverride?: string;
  /** `iam-tutor workshop PACK`: the checked pack and attendee; the app opens on its agenda. */
  workshop?: WorkshopSession;
}

/** The stack a command opens with: home underneath, so Esc always leads back home. */
export function initialRoutes(
  command: InteractiveCommand,
  args: string[],
  flags: Pick<CliFlags, 'count' | 'topics'> = {},
): Route[] {
  const home: Route = { name: 'home' };
  if (command === 'home') return [home];
  return [home, commandRoute(command, args, flags)];
}

/** The route a command opens, with only the params that were given (none gives a bare route). */
function commandRoute(
  command: Exclude<InteractiveCommand, 'home'>,
  args: string[],
  flags: Pick<CliFlags, 'count' | 'topics'>,
): Route {
  const id = args[0];
  const count = flags.count === undefined ? {} : { count: flags.count };
  const given = <P extends object>(params: P): { params?: P } => (Object.keys(params).length === 0 ? {} : { params });
  switch (command) {
    case 'lessons':
      return { name: 'lessons', ...given(id === undefined ? {} : { id }) };
    case 'sandbox':
      return { name: 'sandbox', ...given(id === undefined ? {} : { id }) };
    case 'exam':
      return { name: 'exam', ...given(count) };
    case 'quiz': {
      // `quiz --topics a,b`: the practice setup preselects them, as a workshop step's topics do.
      const topics = (flags.topics ?? '')
        .split(',')
        .map((topic) => topic.trim())
        .filter((topic) => topic !== '');
      return { name: 'quiz', ...given({ ...count, ...(topics.length > 0 ? { topics } : {}) }) };
    }
    case 'progress':
      return { name: 'progress' };
    case 'workshop':
      return { name: 'workshop' };
  }
}

/**
 * The production loaders of the TutorProvider. The home screen peeks at the progress file; the
 * store and content are imported and loaded when another screen first needs them, so none of
 * that is on the startup path. `onStorePath` learns where progress is kept.
 */
export function appLoaders(
  where: { dataDir: string | undefined; now: () => number; extraContentDirs?: ContentDirs[] | undefined },
  onStorePath: (path: string) => void = () => {},
): AppDataLoaders {
  const { dataDir, now, extraContentDirs } = where;
  const data = () => import('./data/loadAppData.js');
  return {
    peek: () => {
      const peek = peekProgress(dataDir, process.env);
      onStorePath(peek.path);
      return peek;
    },
    loadFull: async () => {
      const full = await (await data()).loadAppFull({
        now,
        ...(dataDir === undefined ? {} : { dataDir }),
        ...(extraContentDirs ? { extraContentDirs } : {}),
      });
      onStorePath(full.core.storePath);
      return full;
    },
    countDue: async (questions, cards, at) => (await data()).countDueQuestions(questions, cards, at),
  };
}

export async function runInteractive(options: InteractiveOptions): Promise<number> {
  const dataDir = options.dataDirOverride ?? resolveDataDir({ flag: options.flags.dataDir, env: process.env });
  const now = () => Date.now();
  let storePath: string | undefined;
  const services: Services = {
    now,
    seed: options.flags.seed,
    color: options.color,
    dataDir,
    progressPath: () => storePath ?? dataDir ?? '(default location)',
  };
  const loaders = appLoaders({ dataDir, now, extraContentDirs: options.extraContentDirs }, (path) => {
    storePath = path;
  });

  let exitCode = 0;
  // The alternate screen buffer gives the tutor the whole window and hands the learner's shell
  // back untouched on exit, like vim or less. It is left on every way out, including crashes.
  const leaveAltScreen = () => process.stdout.write('\x1b[?1049l');
  process.stdout.write('\x1b[?1049h\x1b[H');
  process.once('exit', leaveAltScreen);
  const instance = render(
    <TutorProvider services={services} loaders={loaders} workshop={options.workshop ?? null}>
      <App
        initial={
          options.workshop
            ? [{ name: 'workshop', params: { title: options.workshop.workshop.title } }]
            : initialRoutes(options.command, options.args, options.flags)
        }
        screens={screens}
        onExit={(code) => {
          exitCode = code;
        }}
      />
    </TutorProvider>,
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

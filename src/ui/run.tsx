import { render } from 'ink';
import type { CliFlags, InteractiveCommand } from '../cli/args.js';
import type { ContentDirs } from '../content/index.js';
import { resolveDataDir } from '../progress/data-dir.js';
import { AppDataProvider, type AppDataLoaders } from './data/AppDataContext.js';
import { peekProgress } from './data/homeSummary.js';
import { WorkshopContext } from './screens/workshop/workshopData.js';
import type { WorkshopSession } from '../workshop/index.js';
import { App } from './shell/App.js';
import type { Route } from './shell/routes.js';
import { screens } from './screens/registry.js';
import { type Services, ServicesContext } from './services.js';

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
  const params: Record<string, unknown> = {};
  if (args[0] !== undefined) params.id = args[0];
  if (flags.count !== undefined) params.count = flags.count;
  // `quiz --topics a,b`: the practice setup preselects them, as a workshop step's topics do.
  if (command === 'quiz' && flags.topics !== undefined) {
    const topics = flags.topics
      .split(',')
      .map((topic) => topic.trim())
      .filter((topic) => topic !== '');
    if (topics.length > 0) params.topics = topics;
  }
  return [home, Object.keys(params).length === 0 ? { name: command } : { name: command, params }];
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
  // The home screen peeks at the progress file; the store and content are imported and loaded
  // when another screen first needs them, so none of that is on the startup path.
  const data = () => import('./data/loadAppData.js');
  const loaders: AppDataLoaders = {
    peek: () => {
      const peek = peekProgress(dataDir, process.env);
      storePath = peek.path;
      return peek;
    },
    loadFull: async () => {
      const full = await (await data()).loadAppFull({
        now,
        ...(dataDir === undefined ? {} : { dataDir }),
        ...(options.extraContentDirs ? { extraContentDirs: options.extraContentDirs } : {}),
      });
      storePath = full.core.storePath;
      return full;
    },
    countDue: async (questions, cards, at) => (await data()).countDueQuestions(questions, cards, at),
  };

  let exitCode = 0;
  // The alternate screen buffer gives the tutor the whole window and hands the learner's shell
  // back untouched on exit, like vim or less. It is left on every way out, including crashes.
  const leaveAltScreen = () => process.stdout.write('\x1b[?1049l');
  process.stdout.write('\x1b[?1049h\x1b[H');
  process.once('exit', leaveAltScreen);
  const instance = render(
    <ServicesContext.Provider value={services}>
      <AppDataProvider loaders={loaders}>
        <WorkshopContext.Provider value={options.workshop ?? null}>
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
        </WorkshopContext.Provider>
      </AppDataProvider>
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

import { Box, Text } from 'ink';
import { useEffect } from 'react';
import { LineText } from '../../widgets/scroll-view/index.js';
import { useBodySize } from '../../shell/BodySize.js';
import { useShell } from '../../shell/ShellContext.js';
import type { ScreenProps } from '../../shell/screenTypes.js';
import { useKeys } from '../../shell/useKeys.js';
import { useKeymap, useModel } from '../../shell/useModel.js';
import { theme } from '../../theme.js';
import { type ClassFeed, useClassFeed } from './classFeed.js';
import { dashboardKeymap } from './dashboardKeymap.js';
import { initialDashboard, reduceDashboard } from './dashboardModel.js';
import { dashboardLines } from './dashboardView.js';

/** Redraws for a busy class at most this often: 100 attendees send up to 1000 events a second. */
const CLASS_REFRESH_MS = 250;
/** The agenda timer shows seconds. */
const TICK_MS = 1000;

/** Route `class`: the instructor's live dashboard, shown by `iam-tutor workshop host PACK`. */
export function ClassDashboardScreen(_props: ScreenProps<'class'>) {
  const feed = useClassFeed();
  if (feed === null) return <NoClass />;
  return <Dashboard feed={feed} />;
}

function NoClass() {
  useKeys(() => false, []);
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text>No class is being hosted.</Text>
      <Text color={theme.muted}>Start one with: iam-tutor workshop host PACK</Text>
    </Box>
  );
}

function Dashboard({ feed }: { feed: ClassFeed }) {
  const shell = useShell();
  const { width, height } = useBodySize();
  const model = useModel(reduceDashboard, () =>
    initialDashboard(feed.config, feed.state(), feed.now(), { width, height }),
  );
  useEffect(() => model.dispatch({ kind: 'resize', width, height }), [model, width, height]);
  useEffect(() => {
    let pending: NodeJS.Timeout | undefined;
    const unsubscribe = feed.subscribe(() => {
      pending ??= setTimeout(() => {
        pending = undefined;
        model.dispatch({ kind: 'class', state: feed.state() });
      }, CLASS_REFRESH_MS);
    });
    const ticker = setInterval(() => model.dispatch({ kind: 'tick', nowMs: feed.now() }), TICK_MS);
    return () => {
      unsubscribe();
      clearInterval(ticker);
      if (pending) clearTimeout(pending);
    };
  }, [feed, model]);
  // Ending is the shell's exit; `workshop host` then stops the server and writes the report.
  useKeymap(model, dashboardKeymap, {
    onAction: (action) => {
      if (action.kind === 'end') shell.quit(0);
    },
  });
  return (
    <Box flexDirection="column">
      {dashboardLines(model.state).map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions on the screen
        <LineText key={i} line={row} />
      ))}
    </Box>
  );
}

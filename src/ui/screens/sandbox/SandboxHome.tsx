import { Box, Text } from 'ink';
import { useMemo, useState } from 'react';
import type { ProgressStore } from '../../../progress/index.js';
import { getScenario, scenarios } from '../../../sandbox/index.js';
import { Menu, type MenuItem } from '../../components/Menu.js';
import { useContentRequest } from '../../data/TutorContext.js';
import { useListCursor } from '../../hooks/useListCursor.js';
import { useBodySize } from '../../shell/BodySize.js';
import type { ScreenProps } from '../../shell/screenTypes.js';
import { useKeys } from '../../shell/useKeys.js';
import { symbols, theme } from '../../theme.js';
import { SandboxPlay } from './SandboxPlay.js';
import { type PlaySession, resumeSaved, startSession } from './session.js';
import { plural } from '../../../plural.js';

/**
 * Route `sandbox`: the guided build, the challenges and free play. With params `{ scenario }`
 * (a lesson's "Try it in the sandbox") or `{ id }` (`iam-tutor sandbox ID`) it opens that one.
 */
export function SandboxScreen({ params }: ScreenProps<'sandbox'>) {
  const data = useContentRequest();
  const asked = params.scenario ?? params.id;
  const [playing, setPlaying] = useState<PlaySession | null>(() =>
    asked && getScenario(asked) ? startSession(asked) : null,
  );
  const store = data?.store ?? null;

  if (playing)
    return <SandboxPlay initial={playing} store={store} {...(asked ? {} : { onExit: () => setPlaying(null) })} />;
  return <SandboxMenu store={store} unknown={asked && !getScenario(asked) ? asked : undefined} onOpen={setPlaying} />;
}

function SandboxMenu({
  store,
  unknown,
  onOpen,
}: {
  store: ProgressStore | null;
  unknown?: string;
  onOpen(session: PlaySession): void;
}) {
  const { height } = useBodySize();
  const progress = useMemo(() => {
    try {
      return store?.read().sandbox ?? null;
    } catch {
      return null;
    }
  }, [store]);
  const resume = resumeSaved(progress?.lastWorld ?? null);
  const items: (MenuItem & { open(): PlaySession })[] = [
    ...(resume
      ? [
          {
            id: 'resume',
            label: `Resume your last world${resume.scenarioId ? ` (${getScenario(resume.scenarioId)?.title})` : ' (free play)'}`,
            open: () => resume,
          },
        ]
      : []),
    ...scenarios.map((scenario) => {
      const done = progress?.challenges[scenario.id];
      return {
        id: scenario.id,
        label: scenario.title,
        mark: done?.completed ? symbols.check : ' ',
        detail: `${scenario.kind === 'guided' ? 'guided build' : 'challenge'}${done?.hintsUsed ? ` · ${plural(done.hintsUsed, 'hint')}` : ''}`,
        open: () => startSession(scenario.id),
      };
    }),
    {
      id: 'free',
      label: 'Free play',
      mark: ' ',
      detail: 'an empty account, any command',
      open: () => startSession(null),
    },
  ];
  const cursor = useListCursor(items.length);
  const selected = items[cursor.index]!;
  const summary = selected.id === 'free' || selected.id === 'resume' ? undefined : getScenario(selected.id)?.summary;

  useKeys(
    (input, key) => {
      if (cursor.handleKey(input, key)) return true;
      if (key.return) {
        onOpen(selected.open());
        return true;
      }
      return false;
    },
    [
      { keys: '↑↓/jk', label: 'move' },
      { keys: 'Enter', label: 'open' },
    ],
  );

  return (
    <Box flexDirection="column" paddingX={1}>
      {unknown ? <Text color={theme.warn}>No scenario called “{unknown}”; pick one below.</Text> : null}
      <Text>Build roles, trust and instance profiles in a simulated account; watch credentials flow.</Text>
      <Menu items={items} index={cursor.index} height={Math.max(3, height - 5)} />
      <Text color={theme.muted} wrap="truncate-end">
        {summary ?? ' '}
      </Text>
    </Box>
  );
}

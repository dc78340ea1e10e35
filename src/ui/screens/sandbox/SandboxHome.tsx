import { Box, Text } from 'ink';
import { useMemo, useState } from 'react';
import type { ProgressStore } from '../../../progress/index.js';
import { getScenario, scenarios } from '../../../sandbox/index.js';
import { useContentRequest } from '../../data/TutorContext.js';
import { useBodySize } from '../../shell/BodySize.js';
import type { ScreenProps } from '../../shell/screenTypes.js';
import { useKeymap, useModel } from '../../shell/useModel.js';
import { clampIndex, type ListItem, ListView } from '../../widgets/list/index.js';
import { symbols, theme } from '../../theme.js';
import { SandboxPlay } from './SandboxPlay.js';
import { initialMenu, REOPEN_CHOICES, sandboxMenuKeymap, sandboxMenuReducer } from './sandboxMenuModel.js';
import { type PlaySession, resumeSaved, startSession } from '../../../sandbox/index.js';
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
    return (
      <SandboxPlay
        initial={playing}
        progress={data?.client ?? null}
        {...(asked ? {} : { onExit: () => setPlaying(null) })}
      />
    );
  return <SandboxMenu store={store} unknown={asked && !getScenario(asked) ? asked : undefined} onOpen={setPlaying} />;
}

const reopenChoices: ListItem[] = [
  { id: 'solved', label: 'View your solved world', detail: 'everything as it was when the goal was met' },
  { id: 'again', label: 'Start again', detail: 'the setup, without your changes' },
];

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
  const items: (ListItem & { open(): PlaySession; solved?: PlaySession | null })[] = [
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
        // A solved scenario asks first: the learner's solved world, or the setup again.
        solved: done?.completed ? resumeSaved(done.solvedWorld ?? null) : null,
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
  const listHeight = Math.max(3, height - 5);
  const model = useModel(sandboxMenuReducer(items.length, listHeight), initialMenu);
  const { index, asking } = model.state;
  const selected = items[clampIndex(index, items.length)]!;
  const summary = selected.id === 'free' || selected.id === 'resume' ? undefined : getScenario(selected.id)?.summary;

  useKeymap(model, sandboxMenuKeymap, {
    onAction: (action, state) => {
      if (action.type !== 'enter') return;
      const item = items[clampIndex(state.index, items.length)]!;
      if (state.asking) onOpen(state.asking.choice === 0 && item.solved ? item.solved : item.open());
      // A solved scenario asks first: the learner's solved world, or the setup again.
      else if (item.solved) model.dispatch({ type: 'ask' });
      else onOpen(item.open());
    },
  });

  if (asking)
    return (
      <Box flexDirection="column" paddingX={1}>
        <Text bold>{selected.label}</Text>
        <Text>You solved this one. Look at the world you solved it with, or start again from the setup?</Text>
        <ListView items={reopenChoices} index={asking.choice} height={REOPEN_CHOICES + 1} />
      </Box>
    );

  return (
    <Box flexDirection="column" paddingX={1}>
      {unknown ? <Text color={theme.warn}>No scenario called “{unknown}”; pick one below.</Text> : null}
      <Text>Build roles, trust and instance profiles in a simulated account; watch credentials flow.</Text>
      <ListView items={items} index={index} height={listHeight} />
      <Text color={theme.muted} wrap="truncate-end">
        {summary ?? ' '}
      </Text>
    </Box>
  );
}

import { fitText } from '../../text/index.js';
import { Box, Text } from 'ink';
import { useContext, useEffect, useMemo, useState } from 'react';
import { ProgressError } from '../../../progress/index.js';
import type { WorkshopSession } from '../../../workshop/index.js';
import { useBodySize } from '../../shell/BodySize.js';
import { ScreenDepthContext, useShell } from '../../shell/ShellContext.js';
import type { ScreenProps } from '../../shell/screenTypes.js';
import { useKeys } from '../../shell/useKeys.js';
import { useKeymap, useModel } from '../../shell/useModel.js';
import { symbols, theme } from '../../theme.js';
import { clampIndex, ListView, pickKeymap, pickReducer } from '../../widgets/list/index.js';
import { NotReady } from '../progress/ProgressScreen.js';
import type { ProgressData } from '../progress/progressData.js';
import { useProgressSource } from '../progress/useProgressSource.js';
import { buildAgenda, stepRoute } from './agendaModel.js';
import { useWorkshopSession } from './workshopData.js';

/** Route `workshop`: the agenda of the pack the app was started with. */
export function WorkshopScreen(_props: ScreenProps<'workshop'>) {
  const session = useWorkshopSession();
  const source = useProgressSource();
  if (session === null) return <NoWorkshop />;
  if (source.status !== 'ready') return <NotReady source={source} />;
  return <Agenda session={session} data={source.data} />;
}

function NoWorkshop() {
  useKeys(() => false, []);
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text>No workshop pack is open.</Text>
      <Text color={theme.muted}>Start one with: iam-tutor workshop PACK --name YOUR-NAME</Text>
    </Box>
  );
}

function Agenda({ session, data }: { session: WorkshopSession; data: ProgressData }) {
  const shell = useShell();
  const depth = useContext(ScreenDepthContext);
  const { width: bodyWidth, height } = useBodySize();
  const width = Math.max(30, bodyWidth - 2);
  const [version, setVersion] = useState(0);
  const onTop = depth === shell.depth - 1;
  // Back from a lesson, challenge or quiz: read what was saved there.
  useEffect(() => {
    if (onTop) setVersion((v) => v + 1);
  }, [onTop]);

  const loaded = useMemo(() => {
    void version;
    try {
      return { ok: true as const, agenda: buildAgenda(session.workshop, session.content, data.client.fresh()) };
    } catch (error) {
      if (error instanceof ProgressError) return { ok: false as const, message: error.message };
      throw error;
    }
  }, [session, data, version]);

  const steps = session.workshop.agenda;
  // Header, description, blank, the list, blank, detail, two footer lines.
  const listHeight = Math.max(3, height - 7);
  const model = useModel(pickReducer(steps.length, listHeight), () => ({
    index: loaded.ok ? (loaded.agenda.current ?? 0) : 0,
  }));
  const index = clampIndex(model.state.index, steps.length);
  useKeymap(model, pickKeymap(loaded.ok ? steps.length : 0, 'start step'), {
    onAction: (action, state) => {
      if (action.type !== 'open' || !loaded.ok) return;
      const at = clampIndex(state.index, steps.length);
      shell.push(stepRoute(steps[at]!, loaded.agenda.rows[at]!.title));
    },
  });

  const w = session.workshop;
  const header = `${w.title} ${symbols.bullet} ${session.attendee} ${symbols.bullet} ${w.minutes} min`;
  if (!loaded.ok) {
    return (
      <Box flexDirection="column" paddingX={1}>
        <Text bold>{header}</Text>
        <Text color={theme.bad} wrap="wrap">
          {loaded.message}
        </Text>
      </Box>
    );
  }
  const { agenda } = loaded;
  const boxWidth = 14; // "14 min  0:28 "
  const titleWidth = Math.max(10, width - 8 - boxWidth);
  const selected = agenda.rows[index]!;
  const items = agenda.rows.map((row) => ({ ...row, id: String(row.index) }));
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text
        bold
        color={theme.accent}
        wrap="truncate-end"
        aria-label={`${w.title}, for ${session.attendee}, ${w.minutes} minutes.`}
      >
        {header}
      </Text>
      <Text color={theme.muted} wrap="truncate-end">
        {w.description ?? ' '}
      </Text>
      <Text> </Text>
      <ListView
        items={items}
        index={index}
        height={listHeight}
        spokenItem={(row) =>
          `Step ${row.index + 1}, ${row.title}${row.status.done ? ', finished' : row.mark === '▸' ? ', next' : ''}, ${row.box.trim()}, at ${row.start}`
        }
        renderItem={(row, isSelected) => {
          const color = isSelected
            ? theme.selected
            : row.status.done
              ? theme.good
              : row.mark === '▸'
                ? theme.accent
                : undefined;
          return (
            <Text color={color} bold={isSelected} wrap="truncate-end">
              {isSelected ? `${symbols.pointer} ` : '  '}
              {`${row.mark} ${String(row.index + 1).padStart(2)}  `}
              {fitText(row.title, titleWidth)}
              <Text color={theme.muted} bold={false}>
                {` ${row.box.padStart(6)}  ${row.start}`}
              </Text>
            </Text>
          );
        }}
      />
      <Text> </Text>
      <Text wrap="truncate-end">{selected.detail}</Text>
      <Text
        color={agenda.current === undefined ? theme.good : theme.muted}
        wrap="truncate-end"
        // The legend explains marks a screen reader never hears (its rows say "finished", "next").
        aria-label={
          agenda.current === undefined
            ? undefined
            : `${agenda.done} of ${agenda.rows.length} steps done, answers are saved as you go.`
        }
      >
        {agenda.current === undefined
          ? `All ${agenda.rows.length} steps done, well done! To hand in your results:`
          : `${agenda.done} of ${agenda.rows.length} done ${symbols.bullet} ✓ finished  ▸ next ${symbols.bullet} answers are saved as you go`}
      </Text>
      <Text color={theme.muted} wrap="truncate-middle">
        {agenda.current === undefined
          ? `iam-tutor progress export --data-dir ${session.dataDir} --out ${session.attendee}.json`
          : `Saved in ${session.dataDir}`}
      </Text>
    </Box>
  );
}

import { Box, Text } from 'ink';
import { useContext, useEffect, useMemo, useState } from 'react';
import { ProgressError, type ProgressData as StoredProgress } from '../../../progress/index.js';
import { wrapWords } from '../../text/index.js';
import { LoadingView } from '../../data/LoadingView.js';
import { useServices } from '../../services.js';
import { useBodySize } from '../../shell/BodySize.js';
import { isDown, isUp, type Key } from '../../shell/keys.js';
import { ScreenDepthContext, useShell } from '../../shell/ShellContext.js';
import type { ScreenProps } from '../../shell/screenTypes.js';
import { useKeys } from '../../shell/useKeys.js';
import { useModel } from '../../shell/useModel.js';
import { moveCursor } from '../../widgets/list/index.js';
import { applyEdits, fieldKey, fieldOf, type TextField } from '../../widgets/text-field/index.js';
import { theme } from '../../theme.js';
import { buildDashboard } from './dashboardModel.js';
import { OverviewTab } from './OverviewTab.js';
import type { ProgressData } from './progressData.js';
import { ScoresTab } from './ScoresTab.js';
import { dateRules, SETTINGS_ROWS, SettingsTab } from './SettingsTab.js';
import { TabBar } from './TabBar.js';
import { TopicsTab } from './TopicsTab.js';
import { useProgressSource } from './useProgressSource.js';

export const TABS = ['Overview', 'Topics', 'Scores', 'Settings'] as const;
const SETTINGS = 3;

/** Route `progress`: the dashboard. */
export function ProgressScreen(_props: ScreenProps<'progress'>) {
  const source = useProgressSource();
  if (source.status === 'ready') return <Dashboard data={source.data} />;
  return <NotReady source={source} />;
}

/** Why there is nothing to show; Esc still goes back. */
export function NotReady({ source }: { source: Exclude<ReturnType<typeof useProgressSource>, { status: 'ready' }> }) {
  useKeys(() => false, []);
  return <LoadingView failure={source.message} />;
}

type Message = { text: string; tone: 'error' | 'info' };

function Dashboard({ data }: { data: ProgressData }) {
  const services = useServices();
  const shell = useShell();
  const depth = useContext(ScreenDepthContext);
  const { width: bodyWidth, height } = useBodySize();
  const width = Math.max(30, bodyWidth - 2);
  const [tab, setTab] = useState(0);
  const [version, setVersion] = useState(0);
  const [cursor, setCursor] = useState(0);
  // The field being typed in: ref-backed (useModel), so a key that arrives right after another
  // edits what that one left, not this render's copy.
  const field = useModel(
    (_: TextField | undefined, next: TextField | undefined) => next,
    () => undefined,
  );
  const draft = field.state;
  const setDraft = field.dispatch;
  const [topicOffset, setTopicOffset] = useState(0);
  const [message, setMessage] = useState<Message | null>(null);

  // Screens below the top stay mounted: read the store again whenever we are back on top, so a
  // quiz taken from here shows up on return.
  const onTop = depth === shell.depth - 1;
  useEffect(() => {
    if (onTop) setVersion((v) => v + 1);
  }, [onTop]);

  const loaded = useMemo((): { ok: true; stored: StoredProgress } | { ok: false; message: string } => {
    void version;
    try {
      return { ok: true, stored: data.client.fresh() };
    } catch (error) {
      if (error instanceof ProgressError) return { ok: false, message: error.message };
      throw error;
    }
  }, [data, version]);
  const now = services.now();
  const dashboard = useMemo(
    () => (loaded.ok ? buildDashboard(loaded.stored, data.questions, now, data.lessons) : undefined),
    [loaded, data, now],
  );

  const save = (action: () => void, done: string) => {
    try {
      action();
      setMessage({ text: done, tone: 'info' });
      setVersion((v) => v + 1);
      return true;
    } catch (error) {
      if (!(error instanceof ProgressError)) throw error;
      setMessage({ text: error.message, tone: 'error' });
      return false;
    }
  };

  const editing = draft !== undefined;
  const handle = (input: string, key: Key): boolean => {
    const open = field.current();
    if (open !== undefined) {
      const typed = fieldKey(input, key);
      if (typed === null) return true;
      if ('cancel' in typed) {
        setDraft(undefined);
        setMessage(null);
        return true;
      }
      const next = applyEdits(open, typed.edits, dateRules);
      if (!typed.submit) {
        setDraft(next);
        setMessage(null);
      } else {
        const value = next.value.trim();
        if (
          save(
            () => data.client.setExamDate(value === '' ? undefined : value),
            value === '' ? 'Exam date cleared.' : `Exam date set to ${value}.`,
          )
        ) {
          setDraft(undefined);
        } else {
          setDraft(next);
        }
      }
      // Every key belongs to the field while it is open: q and ? are text, not commands.
      return true;
    }
    if (key.tab || key.rightArrow || input === 'l') {
      setTab((t) => (key.shift ? (t + TABS.length - 1) % TABS.length : (t + 1) % TABS.length));
      setMessage(null);
      return true;
    }
    if (key.leftArrow || input === 'h') {
      setTab((t) => (t + TABS.length - 1) % TABS.length);
      setMessage(null);
      return true;
    }
    if (/^[1-4]$/.test(input)) {
      setTab(Number(input) - 1);
      setMessage(null);
      return true;
    }
    if (tab === 0 && input === 'd' && (dashboard?.due ?? 0) > 0) {
      shell.push({ name: 'drill' });
      return true;
    }
    if (tab === 2 && key.return) {
      shell.push({ name: 'pastExams' });
      return true;
    }
    if (tab === 2 && input === 'e') {
      shell.push({ name: 'exam' });
      return true;
    }
    if (tab === 1 && (isUp(input, key) || isDown(input, key))) {
      setTopicOffset((o) => Math.max(0, o + (isUp(input, key) ? -1 : 1)));
      return true;
    }
    if (tab === SETTINGS) {
      if (isUp(input, key) || isDown(input, key)) {
        setCursor((c) => moveCursor(c, { type: 'step', by: isUp(input, key) ? -1 : 1 }, SETTINGS_ROWS));
        return true;
      }
      if (key.return && cursor === 0) {
        setDraft(fieldOf(loaded.ok ? (loaded.stored.settings.examDate ?? '') : '', dateRules));
        setMessage(null);
        return true;
      }
      if (key.return && cursor === 1 && loaded.ok) {
        const next = loaded.stored.settings.color === 'never' ? 'auto' : 'never';
        save(() => data.client.setColor(next), `Colours: ${next}. This takes effect the next time iam-tutor starts.`);
        return true;
      }
      if (key.return && cursor === 2 && loaded.ok) {
        const on = loaded.stored.settings.instantAnswers !== true;
        save(
          () => data.client.setInstantAnswers(on),
          on
            ? 'Instant answers on: a letter answers a one-answer question.'
            : 'Instant answers off: a letter chooses, Enter confirms.',
        );
        return true;
      }
      if (input === 'c' && cursor === 0) {
        save(() => data.client.setExamDate(undefined), 'Exam date cleared.');
        return true;
      }
    }
    return false;
  };

  useKeys(handle, hintsFor(tab, editing, (dashboard?.due ?? 0) > 0), { wantsText: editing });

  // The notice wraps (its set-aside path and the way back are the point of it); up to 6 rows.
  const { notice } = data.client.store;
  const noticeRows = notice ? wrapWords(notice, width).slice(0, 6) : [' '];
  const contentHeight = Math.max(3, height - 2 - noticeRows.length);
  return (
    <Box flexDirection="column" paddingX={1}>
      <TabBar tabs={TABS} index={tab} />
      {noticeRows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows of one notice
        <Text key={i} color={theme.warn} wrap="truncate-end">
          {row}
        </Text>
      ))}
      <Box flexDirection="column" height={contentHeight} overflow="hidden">
        {!loaded.ok ? (
          <Text color={theme.bad} wrap="wrap">
            {loaded.message}
          </Text>
        ) : tab === 0 ? (
          <OverviewTab dashboard={dashboard!} width={width} height={contentHeight} />
        ) : tab === 1 ? (
          <TopicsTab
            topics={dashboard!.topics}
            weak={dashboard!.weak}
            width={width}
            height={contentHeight}
            offset={topicOffset}
          />
        ) : tab === 2 ? (
          <ScoresTab exams={dashboard!.exams} sessions={dashboard!.sessions} width={width} height={contentHeight} />
        ) : (
          <SettingsTab
            view={{
              cursor,
              path: data.client.store.path,
              ...(loaded.stored.settings.examDate !== undefined ? { examDate: loaded.stored.settings.examDate } : {}),
              ...(loaded.stored.settings.color !== undefined ? { color: loaded.stored.settings.color } : {}),
              instantAnswers: loaded.stored.settings.instantAnswers === true,
              ...(draft !== undefined ? { draft } : {}),
            }}
          />
        )}
      </Box>
      <Text color={message?.tone === 'error' ? theme.bad : theme.accent} wrap="truncate-end">
        {message ? `${message.tone === 'error' ? '! ' : ''}${message.text}` : ' '}
      </Text>
    </Box>
  );
}

function hintsFor(tab: number, editing: boolean, due: boolean) {
  if (editing)
    return [
      { keys: 'Enter', label: 'save' },
      { keys: 'Esc', label: 'cancel' },
    ];
  const hints = [{ keys: '←→', label: 'tabs' }];
  if (tab === 1) hints.push({ keys: '↑↓', label: 'scroll' });
  if (tab === 0 && due) hints.push({ keys: 'd', label: 'due drill' });
  if (tab === 2) hints.push({ keys: 'e', label: 'mock exam' });
  if (tab === 2) hints.push({ keys: 'Enter', label: 'past exams' });
  if (tab === SETTINGS) hints.push({ keys: 'Enter', label: 'change' });
  return hints;
}

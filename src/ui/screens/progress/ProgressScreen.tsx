import { Box, Text } from 'ink';
import { useMemo, useState } from 'react';
import { wrapWords } from '../../text/index.js';
import { LoadingView } from '../../data/LoadingView.js';
import { useServices } from '../../services.js';
import { useBodySize } from '../../shell/BodySize.js';
import { isDown, isUp, type Key } from '../../shell/keys.js';
import { useShell } from '../../shell/ShellContext.js';
import type { ScreenProps } from '../../shell/screenTypes.js';
import { useKeys } from '../../shell/useKeys.js';
import { useModel } from '../../shell/useModel.js';
import { moveCursor } from '../../widgets/list/index.js';
import { applyEdits, fieldKey, fieldOf, type TextField } from '../../widgets/text-field/index.js';
import { theme } from '../../theme.js';
import { buildDashboard, defaultLessons } from './dashboardModel.js';
import { OverviewTab } from './OverviewTab.js';
import { planView } from './planModel.js';
import { PlanTab } from './PlanTab.js';
import {
  examDateOf,
  hintsFor,
  PLAN,
  SCORES,
  SETTINGS,
  settingsToggle,
  settingsView,
  TABS,
  tabAfterKey,
  TOPICS,
} from './progressModel.js';
import type { ProgressData } from './progressData.js';
import { ScoresTab } from './ScoresTab.js';
import { dateRules, SETTINGS_ROWS, SettingsTab } from './SettingsTab.js';
import { TabBar } from './TabBar.js';
import { TopicsTab } from './TopicsTab.js';
import { useProgressSource } from './useProgressSource.js';
import { useStoredProgress } from './useStoredProgress.js';

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

function Dashboard({ data }: { data: ProgressData }) {
  const services = useServices();
  const shell = useShell();
  const { width: bodyWidth, height } = useBodySize();
  const width = Math.max(30, bodyWidth - 2);
  const [tab, setTab] = useState(0);
  const [cursor, setCursor] = useState(0);
  // The field being typed in: ref-backed (useModel), so a key that arrives right after another
  // edits what that one left, not this render's copy.
  const field = useModel(
    (_: TextField | undefined, next: TextField | undefined) => next,
    () => undefined,
  );
  const draft = field.state;
  const setDraft = field.dispatch;
  // Scroll offsets of the Topics and Plan tabs, each kept while the other tabs are shown.
  const [offsets, setOffsets] = useState<Record<number, number>>({});
  const { loaded, save, message, setMessage } = useStoredProgress(data);
  const now = services.now();
  const dashboard = useMemo(
    () => (loaded.ok ? buildDashboard(loaded.stored, data.questions, now, data.lessons) : undefined),
    [loaded, data, now],
  );
  const plan = useMemo(
    () =>
      loaded.ok && dashboard ? planView(loaded.stored, data.lessons ?? defaultLessons, dashboard.weak, now) : undefined,
    [loaded, data, dashboard, now],
  );

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
        const date = examDateOf(next.value);
        setDraft(
          save(() => data.client.setExamDate(date), date ? `Exam date set to ${date}.` : 'Exam date cleared.')
            ? undefined
            : next,
        );
      }
      // Every key belongs to the field while it is open: q and ? are text, not commands.
      return true;
    }
    const nextTab = tabAfterKey(tab, input, key);
    if (nextTab !== undefined) {
      setTab(nextTab);
      setMessage(null);
      return true;
    }
    if (tab === 0 && input === 'd' && (dashboard?.due ?? 0) > 0) {
      shell.push({ name: 'drill' });
      return true;
    }
    if (tab === SCORES && key.return) {
      shell.push({ name: 'pastExams' });
      return true;
    }
    if (tab === SCORES && input === 'e') {
      shell.push({ name: 'exam' });
      return true;
    }
    if ((tab === TOPICS || tab === PLAN) && (isUp(input, key) || isDown(input, key))) {
      setOffsets((o) => ({ ...o, [tab]: Math.max(0, (o[tab] ?? 0) + (isUp(input, key) ? -1 : 1)) }));
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
      const toggle = key.return && loaded.ok ? settingsToggle(cursor, loaded.stored.settings) : undefined;
      if (toggle) {
        const { change } = toggle;
        save(
          () =>
            'color' in change
              ? data.client.setColor(change.color)
              : data.client.setInstantAnswers(change.instantAnswers),
          toggle.done,
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
      <Box flexDirection="column" height={contentHeight} overflowY="hidden">
        {!loaded.ok ? (
          <Text color={theme.bad} wrap="wrap">
            {loaded.message}
          </Text>
        ) : tab === 0 ? (
          <OverviewTab dashboard={dashboard!} width={width} height={contentHeight} />
        ) : tab === 1 ? (
          <TopicsTab topics={dashboard!.topics} width={width} height={contentHeight} offset={offsets[TOPICS] ?? 0} />
        ) : tab === SCORES ? (
          <ScoresTab exams={dashboard!.exams} sessions={dashboard!.sessions} width={width} height={contentHeight} />
        ) : tab === PLAN ? (
          <PlanTab view={plan!} width={width} height={contentHeight} offset={offsets[PLAN] ?? 0} />
        ) : (
          <SettingsTab view={settingsView(cursor, data.client.store.path, loaded.stored.settings, draft)} />
        )}
      </Box>
      <Text color={message?.tone === 'error' ? theme.bad : theme.accent} wrap="truncate-end">
        {message ? `${message.tone === 'error' ? '! ' : ''}${message.text}` : ' '}
      </Text>
    </Box>
  );
}

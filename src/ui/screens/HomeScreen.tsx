import { Box, Text } from 'ink';
import { useContext, useEffect, useState } from 'react';
import { type AppData, useAppData } from '../data/TutorContext.js';
import type { HomeSummary } from '../../app/summary.js';
import { useServices } from '../services.js';
import { useBodySize } from '../shell/BodySize.js';
import { ScreenDepthContext, useShell } from '../shell/ShellContext.js';
import { useKeymap, useModel } from '../shell/useModel.js';
import { type HomeEntryId, homeKeymap, homeMenu, homeOutcome, homeReduce, homeStart } from './home/homeModel.js';
import { theme } from '../theme.js';
import { type ListItem, ListView } from '../widgets/list/index.js';
import { plural } from '../../plural.js';

interface HomeEntry extends ListItem {
  id: HomeEntryId;
  blurb: string;
}

const blurbs: Record<HomeEntryId, string> = {
  lessons: 'Roles, trust policies, instance profiles, IMDS and ECS, step by step.',
  quiz: 'Questions with instant feedback and an explanation for every option.',
  mistakes: 'The questions you answered wrong and not right since, oldest first, with why.',
  exam: 'A timed CLF-C02-style mock exam with a review at the end.',
  sandbox: 'Build a role and an instance profile, then watch credentials flow.',
  progress: 'What you have finished, your scores, and what is due for review.',
  help: 'Keys, commands and where your progress is stored.',
  quit: 'Leave iam-tutor. Your progress is saved as you go.',
};

/** The rows shown, with what the learner has going on (lessons done, an exam to resume) beside them. */
function withDetails(menu: ReturnType<typeof homeMenu>, summary: HomeSummary | undefined): HomeEntry[] {
  const baseEntries = menu.map((entry): HomeEntry => ({ id: entry.id, label: entry.label, blurb: blurbs[entry.id] }));
  if (summary === undefined) return baseEntries;
  return baseEntries.map((entry) => {
    if (entry.id === 'lessons') {
      const detail = `${summary.lessonsDone}/${summary.lessonsTotal} done`;
      return { ...entry, detail, ...(summary.continueLesson ? { blurb: `Continue: ${summary.continueLesson}` } : {}) };
    }
    if (entry.id === 'quiz' && (summary.due ?? 0) > 0) return { ...entry, detail: `${summary.due} due` };
    if (entry.id === 'mistakes') return { ...entry, detail: `${summary.mistakes ?? 0} open` };
    if (entry.id === 'exam' && summary.examInProgress)
      return {
        ...entry,
        detail: 'in progress',
        blurb: 'Resume the exam you started; your answers and time are saved.',
      };
    return entry;
  });
}

/**
 * The numbers beside the menu, recounted whenever home is back on top (the learner may have
 * finished a lesson or a review meanwhile). Counting due questions needs the question bank, so
 * the bank is loaded only when the store says some review is due.
 */
function useHomeSummary(data: AppData | undefined, now: () => number): HomeSummary | undefined {
  const depth = useContext(ScreenDepthContext);
  const onTop = useShell().depth === depth + 1;
  const [summary, setSummary] = useState<HomeSummary | undefined>(undefined);
  useEffect(() => {
    if (data === undefined || !onTop) return;
    let live = true;
    data.summary(now()).then((next) => {
      if (!live) return;
      setSummary(next);
      if (next.due === undefined) data.requestContent();
    });
    return () => {
      live = false;
    };
  }, [data, onTop, now]);
  return summary;
}

export function HomeScreen() {
  const shell = useShell();
  const services = useServices();
  const data = useAppData();
  const { height } = useBodySize();
  const ready = data.status === 'ready' ? data.data : undefined;
  const summary = useHomeSummary(ready, services.now);
  const model = useModel(homeReduce, () => homeStart);
  const entries = withDetails(homeMenu(model.state), summary);
  const due = summary?.due ?? 0;
  const mistakes = summary?.mistakes ?? 0;
  useEffect(() => model.dispatch({ type: 'due', due }), [model, due]);
  useEffect(() => model.dispatch({ type: 'mistakes', mistakes }), [model, mistakes]);
  useKeymap(model, homeKeymap, {
    onAction: (action, state) => {
      const outcome = homeOutcome(state, action);
      if (outcome === null) return;
      if ('quit' in outcome) shell.quit(0);
      else shell.push({ name: outcome.open });
    },
  });
  const selected = entries[model.state.index]!;

  const notices = ready?.notices ?? [];
  return (
    <Box flexDirection="column" paddingX={1}>
      {notices.map((notice) => (
        <Text key={notice} color={theme.warn}>
          ! {notice}
        </Text>
      ))}
      <Text>Learn how AWS IAM roles and their credentials really work.</Text>
      <Text> </Text>
      <ListView items={entries} index={model.state.index} height={Math.max(3, height - 5 - notices.length)} />
      <Text> </Text>
      <Text color={theme.muted} wrap="truncate-end">
        {selected.blurb}
      </Text>
      {due > 0 ? (
        <Text color={theme.accent}>{plural(due, 'question')} due for review — press d to drill them.</Text>
      ) : null}
    </Box>
  );
}

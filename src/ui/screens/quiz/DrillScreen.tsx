import { Box, Text } from 'ink';
import { useState } from 'react';
import { createDrill } from '../../../quiz/drill.js';
import type { ConceptCards } from '../../../quiz/index.js';
import { useServices } from '../../services.js';
import type { ScreenProps } from '../../shell/screenTypes.js';
import { useShell } from '../../shell/ShellContext.js';
import { useKeys } from '../../shell/useKeys.js';
import { theme } from '../../theme.js';
import { loadCardsFor, MissingQuizData, sessionSeed } from './common.js';
import { PracticeSession } from './PracticeSession.js';
import { type QuizData, useQuizData } from './quizData.js';

/** Route `drill`: the questions whose concepts are due for review, with practice feedback. */
export function DrillScreen(_props: ScreenProps<'drill'>) {
  const data = useQuizData();
  if (!data) return <MissingQuizData />;
  return <Drill data={data} />;
}

/** "45m", "3h", "2d": how long until something is due, rounded up so "0m" never shows. */
export function formatWait(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.ceil(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.ceil(hours / 24)}d`;
}

/** Epoch ms of the next card to fall due after `now`, or null when there are no cards. */
export function nextDue(cards: ConceptCards, now: number): number | null {
  const dues = Object.values(cards)
    .map((card) => Date.parse(card.due))
    .filter((due) => due > now);
  return dues.length > 0 ? Math.min(...dues) : null;
}

function Drill({ data }: { data: QuizData }) {
  const services = useServices();
  const shell = useShell();
  const [setup] = useState(() => {
    const now = services.now();
    const loaded = loadCardsFor(data.progress);
    const created = createDrill({ questions: data.questions, cards: loaded.cards, now, seed: sessionSeed(services) });
    return { loaded, created, now };
  });

  if (setup.created.ok) {
    const notes = [...setup.created.value.notes, ...(setup.loaded.problem ? [setup.loaded.problem] : [])];
    return (
      <PracticeSession
        data={data}
        start={setup.created.value}
        cards={setup.loaded.cards}
        {...(notes.length > 0 ? { notice: notes.join(' ') } : {})}
        onDone={() => shell.pop()}
        doneLabel="back"
      />
    );
  }
  const next = nextDue(setup.loaded.cards, setup.now);
  const headline =
    next === null ? 'Nothing is due yet.' : `Nothing is due — next review in ${formatWait(next - setup.now)}.`;
  return <NothingDue headline={headline} problem={setup.loaded.problem ?? null} />;
}

function NothingDue({ headline, problem }: { headline: string; problem: string | null }) {
  useKeys(() => false, []);
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>{headline}</Text>
      <Text> </Text>
      <Text>
        The drill brings back the concepts you missed, and the ones you got right once they are due again. Answer
        questions in Practice quiz or the exam to fill it.
      </Text>
      {problem ? <Text color={theme.bad}>! {problem}</Text> : null}
      <Text> </Text>
      <Text color={theme.muted}>Press Esc to go back.</Text>
    </Box>
  );
}

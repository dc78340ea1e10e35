import { Box, Text } from 'ink';
import { normaliseSeed } from '../../../quiz/rng.js';
import { type ConceptCards, parseCards } from '../../../quiz/srs.js';
import type { Services } from '../../services.js';
import { useKeys } from '../../shell/useKeys.js';
import { theme } from '../../theme.js';
import type { QuizProgressPort } from '../../../app/index.js';

/** --seed when given (reproducible order for workshops and tests), otherwise the clock. */
export function sessionSeed(services: Pick<Services, 'seed' | 'now'>): number {
  return normaliseSeed(services.seed ?? services.now());
}

/** The learner's review cards; unreadable cards start fresh and say why. */
export function loadCardsFor(progress: QuizProgressPort): { cards: ConceptCards; problem?: string } {
  let raw: unknown;
  try {
    raw = progress.loadCards();
  } catch (error) {
    return {
      cards: {},
      problem: `Could not read your review schedule (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
  const parsed = parseCards(raw ?? {});
  if (!parsed.ok) return { cards: {}, problem: `${parsed.message} Reviews start fresh.` };
  return { cards: parsed.value };
}

/** Shown when the app was started without the question bank wired in. */
export function MissingQuizData() {
  useKeys(() => false, []);
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text color={theme.bad}>The question bank is not loaded, so quizzes are unavailable.</Text>
      <Text color={theme.muted}>Run `iam-tutor validate` to check the content. Press Esc to go back.</Text>
    </Box>
  );
}

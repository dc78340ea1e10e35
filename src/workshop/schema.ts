// workshop.yaml: the schema of a workshop pack's agenda. Strict objects, like the content
// schemas: a misspelt field (`minuts`) is an error rather than a silently missing time box.
import { z } from 'zod';
import { kebabId } from '../content/schemas.js';

export const STEP_KINDS = ['lesson', 'challenge', 'quiz'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** The CLF-C02 exam has 65 questions; a workshop quiz is never longer than a whole exam. */
export const MAX_QUIZ_COUNT = 65;

const text = z.string().trim().min(1, 'must not be empty');
const minutes = z.number().int().positive('must be a whole number of minutes above 0');

/** The top of the file; steps are checked one by one (see parse-pack.ts) for clearer messages. */
export const workshopHeaderSchema = z.strictObject({
  title: text,
  description: text.optional(),
  /** The whole session's length. */
  minutes,
  agenda: z.array(z.unknown()).min(1, 'the agenda needs at least one step'),
});

export const stepKindSchema = z.enum(STEP_KINDS);

const common = { title: text.optional(), minutes: minutes.optional() };

export const lessonStepSchema = z.strictObject({ kind: z.literal('lesson'), id: kebabId, ...common });
export const challengeStepSchema = z.strictObject({ kind: z.literal('challenge'), id: kebabId, ...common });
export const quizStepSchema = z.strictObject({
  kind: z.literal('quiz'),
  /** Lesson ids whose questions (built-in and pack banks) the quiz draws from. */
  topics: z.array(kebabId).min(1, 'name at least one topic'),
  count: z.number().int().min(1).max(MAX_QUIZ_COUNT, `at most ${MAX_QUIZ_COUNT} questions`),
  /** Same seed, same questions in the same order for every attendee. */
  seed: z.number().int().nonnegative().optional(),
  ...common,
});

export const stepSchemas = { lesson: lessonStepSchema, challenge: challengeStepSchema, quiz: quizStepSchema } as const;

type WithLine<T> = T & {
  /** 0-based position in the agenda. */
  index: number;
  /** Line of the step in workshop.yaml, for later checks and messages. */
  line: number;
};

export type LessonStep = WithLine<z.infer<typeof lessonStepSchema>>;
export type ChallengeStep = WithLine<z.infer<typeof challengeStepSchema>>;
export type QuizStep = WithLine<z.infer<typeof quizStepSchema>>;
export type AgendaStep = LessonStep | ChallengeStep | QuizStep;

export interface Workshop {
  title: string;
  description?: string;
  minutes: number;
  agenda: AgendaStep[];
  /** workshop.yaml, absolute. */
  file: string;
}

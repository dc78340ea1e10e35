// Mistakes as a set (issue #16): questions whose latest answer is wrong. No imports, so the home
// menu (src/app/summary.ts, loaded before the first frame) can count them from the progress file
// without loading the quiz engine. The screens use it through mistakes.ts.

/** What an answer in the log must carry (progress AnswerRecord has all of it). */
export interface LoggedAnswer {
  questionId: string;
  topic: string;
  correct: boolean;
  /** Original option indices. */
  chosen: readonly number[];
  /** ISO 8601. */
  at: string;
}

export interface Mistake {
  questionId: string;
  topic: string;
  /** The options chosen in the latest wrong answer, original indices. */
  chosen: number[];
  /** When the question was first answered wrong since its last right answer (ISO 8601). */
  firstWrongAt: string;
  /** The latest wrong answer (ISO 8601). */
  lastWrongAt: string;
  /** Wrong answers since the last right one. */
  wrongCount: number;
}

/**
 * Questions whose latest answer is wrong, oldest first (by the first wrong answer since the
 * last right one, so a mistake repeated today does not jump the queue). A right answer clears
 * the question; answering it wrong again later opens it again.
 */
export function openMistakes(answers: readonly LoggedAnswer[]): Mistake[] {
  const open = new Map<string, Mistake>();
  const ordered = answers
    .map((answer, index) => ({ answer, index, time: Date.parse(answer.at) }))
    .sort((a, b) => a.time - b.time || a.index - b.index);
  for (const { answer } of ordered) {
    if (answer.correct) {
      open.delete(answer.questionId);
      continue;
    }
    const existing = open.get(answer.questionId);
    if (existing) {
      existing.chosen = [...answer.chosen];
      existing.lastWrongAt = answer.at;
      existing.wrongCount += 1;
    } else {
      open.set(answer.questionId, {
        questionId: answer.questionId,
        topic: answer.topic,
        chosen: [...answer.chosen],
        firstWrongAt: answer.at,
        lastWrongAt: answer.at,
        wrongCount: 1,
      });
    }
  }
  return [...open.values()].sort((a, b) => Date.parse(a.firstWrongAt) - Date.parse(b.firstWrongAt));
}

// Checks that need the loaded content: every lesson, scenario and quiz topic an agenda names
// must exist among the built-in content plus the pack's own, and the time boxes must fit.
import type { ContentProblem, ContentSet } from '../content/types.js';
import type { Workshop } from './schema.js';
import { plural } from '../plural.js';

export interface AgendaCheckInput {
  workshop: Workshop;
  content: ContentSet;
  scenarioIds: readonly string[];
  lineOf(path: readonly PropertyKey[]): number;
}

export function checkAgenda({ workshop, content, scenarioIds, lineOf }: AgendaCheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (path: readonly PropertyKey[], message: string, severity: ContentProblem['severity'] = 'error') =>
    problems.push({ file: workshop.file, line: lineOf(path), message, severity });
  const lessonIds = content.lessons.map((l) => l.id);
  const questionCount = new Map<string, number>();
  for (const q of content.questions) questionCount.set(q.topic, (questionCount.get(q.topic) ?? 0) + 1);
  const seen = new Map<string, number>();

  for (const step of workshop.agenda) {
    const path = ['agenda', step.index];
    const label = `agenda[${step.index}]`;
    if (step.kind === 'lesson' || step.kind === 'challenge') {
      const known = step.kind === 'lesson' ? lessonIds : scenarioIds;
      if (!known.includes(step.id)) {
        const what =
          step.kind === 'lesson'
            ? 'no lesson (built-in or in this pack) has this id'
            : 'no sandbox scenario has this id';
        at([...path, 'id'], `${label}.id: unknown ${step.kind} "${step.id}": ${what}${didYouMean(step.id, known)}`);
      }
      const key = `${step.kind}:${step.id}`;
      const first = seen.get(key);
      if (first !== undefined) at([...path, 'id'], `${label}: the same ${step.kind} as agenda[${first}]`, 'warning');
      else seen.set(key, step.index);
      continue;
    }
    let available = 0;
    step.topics.forEach((topic, t) => {
      const count = questionCount.get(topic) ?? 0;
      available += count;
      if (!lessonIds.includes(topic) && count === 0) {
        at([...path, 'topics', t], `${label}.topics[${t}]: unknown topic "${topic}"${didYouMean(topic, lessonIds)}`);
      } else if (count === 0) {
        at([...path, 'topics', t], `${label}.topics[${t}]: topic "${topic}" has no bank questions`);
      }
    });
    if (available > 0 && step.count > available) {
      at(
        [...path, 'count'],
        `${label}.count: asks for ${plural(step.count, 'question')} but its topics have only ${available} (built-in and pack banks)`,
      );
    }
  }

  const boxed = workshop.agenda.reduce((sum, step) => sum + (step.minutes ?? 0), 0);
  if (boxed > workshop.minutes) {
    at(
      ['minutes'],
      `the agenda's time boxes add up to ${plural(boxed, 'minute')}, more than the session's ${workshop.minutes}`,
      'warning',
    );
  }
  return problems;
}

/** " (did you mean "x"?)" when one known id is a small edit away. */
function didYouMean(wrong: string, known: readonly string[]): string {
  let best: { id: string; distance: number } | undefined;
  for (const id of known) {
    const distance = editDistance(wrong, id);
    if (best === undefined || distance < best.distance) best = { id, distance };
  }
  return best !== undefined && best.distance <= Math.max(2, Math.floor(wrong.length / 4))
    ? ` (did you mean "${best.id}"?)`
    : '';
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitute));
    }
    previous = current;
  }
  return previous[b.length]!;
}

// The progress file's text, as JSON.stringify(data, null, '\t') writes it, built so that a save
// after appending answers does not stringify the whole answer log again: the text of the log is
// kept between saves and only the new records are added to it. On a 100 MB store the full
// stringify took about a second of every save.
import type { AnswerRecord, ProgressData } from './schema.js';

/** The answer log's text (the records only, joined), for the records it was made from. */
export interface AnswersText {
  records: readonly AnswerRecord[];
  body: string;
}

const INDENT = '\t\t\t';
const PLACEHOLDER = `answers-${process.pid}-${Math.random().toString(36).slice(2)}`;

function recordText(record: AnswerRecord): string {
  return INDENT + JSON.stringify(record, null, '\t').replaceAll('\n', `\n${INDENT}`);
}

function answersBody(answers: readonly AnswerRecord[], previous: AnswersText | undefined): string {
  const reuse =
    previous !== undefined &&
    previous.records.length > 0 &&
    previous.records.length <= answers.length &&
    previous.records.every((record, i) => answers[i] === record);
  if (!reuse) return answers.map(recordText).join(',\n');
  const added = answers.slice(previous.records.length).map(recordText);
  return added.length === 0 ? previous.body : `${previous.body},\n${added.join(',\n')}`;
}

/** The chunks of the file's text (in order) and the answer text to pass to the next call. */
export function serializeProgress(
  data: ProgressData,
  previous?: AnswersText,
): { chunks: string[]; answersText: AnswersText } {
  const shell = JSON.stringify({ ...data, quiz: { ...data.quiz, answers: PLACEHOLDER } }, null, '\t');
  const at = shell.indexOf(`"${PLACEHOLDER}"`);
  const head = shell.slice(0, at);
  const tail = `${shell.slice(at + PLACEHOLDER.length + 2)}\n`;
  const answers = data.quiz.answers;
  const body = answersBody(answers, previous);
  const chunks = answers.length === 0 ? [head, '[]', tail] : [head, '[\n', body, '\n\t\t]', tail];
  return { chunks, answersText: { records: answers, body } };
}

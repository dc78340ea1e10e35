import { Box, Text } from 'ink';
import { useCallback, useMemo, useState } from 'react';
import { reopenAttempt, type StoredAttempt } from '../../../quiz/index.js';
import { plural } from '../../../plural.js';
import { useAppData } from '../../data/TutorContext.js';
import { useBodySize } from '../../shell/BodySize.js';
import type { ScreenProps } from '../../shell/screenTypes.js';
import { useKeymap, useModel } from '../../shell/useModel.js';
import { line } from '../../text/index.js';
import { symbols, theme } from '../../theme.js';
import { ListView } from '../../widgets/list/index.js';
import { MissingQuizData } from './common.js';
import { type QuizData, useQuizData } from './quizData.js';
import { pastExamsKeymap, pastExamsReduce, pastExamsStart } from './pastExamsModel.js';
import { ReportView } from './ReportView.js';

export interface PastExam extends StoredAttempt {
  finishedAt: string;
  total: number;
  correct: number;
  scaled?: number;
}

/** "2026-12-03 14:05  scaled 720  14/20". */
const examRow = (exam: PastExam) =>
  `${exam.finishedAt.slice(0, 16).replace('T', ' ')}  scaled ${exam.scaled ?? '?'}  ${exam.correct}/${exam.total}`;

/** The row as a sentence: "Exam of 2026-12-03 14:05, scaled score 720, 14 of 20 right." */
const spokenExamRow = (exam: PastExam) =>
  `Exam of ${exam.finishedAt.slice(0, 16).replace('T', ' ')}, scaled score ${exam.scaled ?? 'unknown'}, ${exam.correct} of ${exam.total} right.`;

/** Route `pastExams` (Enter on Progress → Scores): past mock exams, each reopened read-only. */
export function PastExamsScreen(_props: ScreenProps<'pastExams'>) {
  const data = useQuizData();
  const app = useAppData();
  const client = app.status === 'ready' ? app.data.client : null;
  const exams = useMemo(
    () =>
      client === null
        ? []
        : (client.current().quiz.attempts.filter((a) => a.mode === 'exam') as PastExam[])
            .slice()
            .sort((a, b) => Date.parse(b.finishedAt) - Date.parse(a.finishedAt)),
    [client],
  );
  if (!data || !client) return <MissingQuizData />;
  return <PastExams data={data} exams={exams} />;
}

function PastExams({ data, exams }: { data: QuizData; exams: PastExam[] }) {
  const [open, setOpen] = useState<PastExam | null>(null);
  // One keymap per screen depth: the list's goes away while a report (with its own) is open.
  if (open !== null) return <PastReport exam={open} data={data} />;
  return <PastExamList data={data} exams={exams} onOpen={setOpen} />;
}

function PastExamList({ data, exams, onOpen }: { data: QuizData; exams: PastExam[]; onOpen(exam: PastExam): void }) {
  const [notice, setNotice] = useState<string | null>(null);
  const body = useBodySize();
  const model = useModel(pastExamsReduce(exams.length), () => pastExamsStart);
  useKeymap(model, pastExamsKeymap(exams.length), {
    onAction: (action, state) => {
      if (action.type !== 'open') return;
      const exam = exams[state.cursor];
      if (!exam) return;
      const reopened = reopenAttempt(exam, data.questions);
      if (reopened.ok) onOpen(exam);
      else setNotice(reopened.reason);
    },
  });
  if (exams.length === 0) return <Text>No mock exams yet.</Text>;
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text wrap="truncate-end">{`Past mock exams, newest first (${exams.length}): Enter opens the report read-only.`}</Text>
      <Text> </Text>
      <ListView
        items={exams}
        index={model.state.cursor}
        height={Math.max(3, body.height - 3 - (notice === null ? 0 : 2))}
        renderItem={(exam, here) => (
          <Text color={here ? theme.selected : undefined} bold={here} wrap="truncate-end">
            {`${here ? `${symbols.pointer} ` : '  '}${examRow(exam)}`}
          </Text>
        )}
        spokenItem={spokenExamRow}
      />
      {notice === null ? null : (
        <Text color={theme.warn} wrap="wrap">
          {notice}
        </Text>
      )}
    </Box>
  );
}

function PastReport({ exam, data }: { exam: PastExam; data: QuizData }) {
  const reopened = useMemo(() => reopenAttempt(exam, data.questions), [exam, data.questions]);
  const items = useMemo(
    () => (reopened.ok ? { reviews: reopened.value.reviews, flags: reopened.value.flags } : { reviews: [], flags: [] }),
    [reopened],
  );
  const summary = useCallback(
    () => [line(`Mock exam of ${examRow(exam)} · read-only`, { bold: true }), line('')],
    [exam],
  );
  const missing = reopened.ok ? reopened.value.missing.length : 0;
  const message =
    missing > 0
      ? ({
          text: `${plural(missing, 'question')} left the bank since and ${missing === 1 ? 'is' : 'are'} not shown.`,
          tone: 'info',
        } as const)
      : null;
  return <ReportView summary={summary} items={items} message={message} />;
}

import { Box, Text } from 'ink';
import { useContext, useEffect, useMemo, useState } from 'react';
import type { Mistake } from '../../../quiz/index.js';
import { plural } from '../../../plural.js';
import { spokenRange } from '../../accessibility/spoken.js';
import { useAppData } from '../../data/TutorContext.js';
import { useBodySize } from '../../shell/BodySize.js';
import { ScreenDepthContext, useShell } from '../../shell/ShellContext.js';
import type { ScreenProps } from '../../shell/screenTypes.js';
import { useKeymap, useModel } from '../../shell/useModel.js';
import { symbols, theme } from '../../theme.js';
import { ScrollView, scrollWindow } from '../../widgets/scroll-view/index.js';
import { MissingQuizData } from './common.js';
import { mistakeLines, mistakeRows } from './mistakesLines.js';
import { mistakesKeymap, mistakesReduce, mistakesStart, retryTarget } from './mistakesModel.js';
import { type QuizData, useQuizData } from './quizData.js';

/** Route `mistakes`: the questions answered wrong and not right since, oldest first. */
export function MistakesScreen(_props: ScreenProps<'mistakes'>) {
  const data = useQuizData();
  const app = useAppData();
  const client = app.status === 'ready' ? app.data.client : null;
  if (!data || !client) return <MissingQuizData />;
  return <Mistakes data={data} read={() => client.mistakes()} />;
}

/** The open mistakes, read again whenever this screen is back on top (after answering one again). */
function useMistakes(read: () => Mistake[]): Mistake[] {
  const depth = useContext(ScreenDepthContext);
  const onTop = useShell().depth === depth + 1;
  const [mistakes, setMistakes] = useState(read);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-read only on coming back on top
  useEffect(() => {
    if (onTop) setMistakes(read());
  }, [onTop]);
  return mistakes;
}

function Mistakes({ data, read }: { data: QuizData; read: () => Mistake[] }) {
  const shell = useShell();
  const { width: bodyWidth, height } = useBodySize();
  const width = Math.max(20, bodyWidth - 2);
  const mistakes = useMistakes(read);
  const rows = useMemo(() => mistakeRows(mistakes, data.questions), [mistakes, data.questions]);
  const viewHeight = Math.max(3, height - 1);
  // The reducer reads env when a key arrives; maxOffset is filled in once the open mistake is laid out.
  const env = { count: mistakes.length, maxOffset: 0, page: Math.max(1, viewHeight - 2) };
  const model = useModel(mistakesReduce(env), () => mistakesStart);
  useKeymap(model, mistakesKeymap(env), {
    onAction: (action, state) => {
      const target = retryTarget(state, action, env);
      const mistake = target === null ? undefined : mistakes[target];
      if (mistake) shell.push({ name: 'quiz', params: { questionId: mistake.questionId } });
    },
  });
  const { cursor, open, offset } = model.state;
  const lines = useMemo(
    () => (open === null ? [] : mistakeLines(mistakes, open, data.questions, width)),
    [mistakes, open, data.questions, width],
  );
  env.maxOffset = scrollWindow(lines.length, viewHeight, 0).maxStart;

  if (mistakes.length === 0)
    return (
      <Box flexDirection="column" paddingX={1}>
        <Text bold>No mistakes to review.</Text>
        <Text> </Text>
        <Text wrap="wrap">
          A question you answer wrong in practice, the drill or an exam waits here until you answer it right.
        </Text>
      </Box>
    );
  if (open !== null)
    return (
      <Box flexDirection="column" paddingX={1}>
        <ScrollView lines={lines} window={scrollWindow(lines.length, viewHeight, offset)} height={viewHeight} />
      </Box>
    );
  // Two rows per mistake: the question, then when and where it went wrong.
  const perPage = Math.max(1, Math.floor((viewHeight - 2) / 2));
  const first = Math.min(Math.max(0, cursor - Math.floor(perPage / 2)), Math.max(0, rows.length - perPage));
  const shown = rows.slice(first, first + perPage);
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text wrap="truncate-end">
        {`${plural(mistakes.length, 'question')} to answer right again, oldest mistake first.`}
      </Text>
      <Text> </Text>
      {/* For a screen reader a menu, the cursor's row selected (drawn as › and colour). */}
      <Box flexDirection="column" aria-role="menu">
        {shown.map((row, i) => {
          const here = first + i === cursor;
          return (
            <Box
              key={row.id}
              flexDirection="column"
              aria-role="menuitem"
              aria-state={{ selected: here }}
              aria-label={`${first + i + 1}. ${row.stem} ${row.detail.replace(/ · /g, ', ')}.`}
            >
              <Text color={here ? theme.selected : undefined} bold={here} wrap="truncate-end">
                {`${here ? `${symbols.pointer} ` : '  '}${first + i + 1}. ${row.stem}`}
              </Text>
              <Text color={theme.muted} wrap="truncate-end">{`     ${row.detail}`}</Text>
            </Box>
          );
        })}
      </Box>
      {rows.length > perPage ? (
        <Text
          color={theme.muted}
          wrap="truncate-end"
          aria-label={spokenRange('Mistakes', first + 1, first + shown.length, rows.length)}
        >
          {`  ${first + 1}-${first + shown.length} of ${rows.length} · ↑↓ for more`}
        </Text>
      ) : null}
    </Box>
  );
}

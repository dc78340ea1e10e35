import { Box, Text } from 'ink';
import { useEffect, useMemo, useReducer, useRef } from 'react';
import type { Lesson } from '../../../content/index.js';
import { StyledLines } from '../../widgets/scroll-view/index.js';
import { markFocusedLink } from '../../markdown/index.js';
import { useBodySize } from '../../shell/BodySize.js';
import type { Key } from '../../shell/keys.js';
import type { Route } from '../../shell/routes.js';
import { useShell } from '../../shell/ShellContext.js';
import type { ScreenProps } from '../../shell/screenTypes.js';
import { actionFor } from '../../shell/keymap.js';
import { useKeys } from '../../shell/useKeys.js';
import { checkKeymap } from './checkKeymap.js';
import { hintsFor, jumpKeys, linkRoute, readingAction } from './readerKeys.js';
import { stylesShown, theme } from '../../theme.js';
import { type LessonData, lessonAfter, useLessonData } from './lessonStore.js';
import { ProgressLine } from './ProgressLine.js';
import { ReaderNotice } from './ReaderNotice.js';
import {
  type ReaderAction,
  type ReaderEnv,
  type ReaderState,
  focusedCheckId,
  focusedLinkIndex,
  initialReaderState,
  readerReduce,
  reachedEnd,
} from './readerModel.js';
import { buildSectionView, type SectionGlossary, sectionFraction } from './sectionView.js';
import { useScreenReader } from '../../accessibility/useScreenReader.js';
import { builtinGlossary } from '../search/searchData.js';
import { useShownWithKeys } from './useShownWithKeys.js';
import { usePositionSaver } from './usePositionSaver.js';
import { useReaderExtras } from './useReaderExtras.js';
import { unansweredChecks } from './lessonChecks.js';
import { lessonQuestions, startingPoint } from './readerStart.js';
import { SectionJumpList } from './SectionJumpList.js';
import { useCompleteAtEnd, useSaveAnswers } from './useLessonRecords.js';

export function LessonReaderScreen({ params }: ScreenProps<'lesson'>) {
  const data = useLessonData();
  const id = params.id;
  const lesson = data?.lessons.find((candidate) => candidate.id === id);
  if (data === null) return <ReaderNotice text="Lessons are not available: the lesson content was not loaded." />;
  if (lesson === undefined || lesson.sections.length === 0) {
    const known = data.lessons.map((l) => l.id).join(', ');
    return <ReaderNotice text={`There is no lesson called “${id ?? ''}”.${known ? ` Lessons: ${known}.` : ''}`} />;
  }
  return <Reader key={lesson.id} lesson={lesson} data={data} section={params.section} />;
}

function Reader({ lesson, data, section }: { lesson: Lesson; data: LessonData; section: number | undefined }) {
  const shell = useShell();
  const body = useBodySize();
  const width = Math.max(20, body.width - 2);
  const viewport = Math.max(3, body.height - 1);
  const { progress } = data;
  const next = useMemo(() => lessonAfter(data.lessons, lesson.id), [data.lessons, lesson.id]);
  const previousChecks = useMemo(() => progress.get(lesson.id)?.checks ?? {}, [progress, lesson.id]);
  // Completed before (even with checks skipped, as older versions allowed): it stays completed.
  const wasComplete = useMemo(() => progress.get(lesson.id)?.completed === true, [progress, lesson.id]);
  const skippedChecks = (state: ReaderState) =>
    wasComplete
      ? 0
      : unansweredChecks(lesson, (id) => id in previousChecks || state.checks[id]?.submitted === true).length;
  const questions = useMemo(() => lessonQuestions(lesson), [lesson]);
  const screenReader = useScreenReader();
  // Glossary terms are underlined; where no underline shows (NO_COLOR) they also get a sign, but
  // not for a screen reader, which would only hear it (termMarks.ts).
  const glossary = useMemo<SectionGlossary>(
    () => ({ terms: builtinGlossary(), sign: !screenReader && !stylesShown(process.env) }),
    [screenReader],
  );

  const env: ReaderEnv = {
    sectionCount: lesson.sections.length,
    viewport,
    view: (section, state) =>
      buildSectionView({
        lesson,
        section,
        width,
        checks: state.checks,
        focusedCheck: focusedCheckId(state),
        previousChecks,
        nextLesson: next,
        unanswered: skippedChecks(state),
        glossary,
      }),
    question: (questionId) => questions.get(questionId),
  };
  const envRef = useRef(env);
  envRef.current = env;
  const [state, dispatch] = useReducer(
    (current: ReaderState, action: ReaderAction) => readerReduce(current, action, envRef.current),
    undefined,
    () => {
      const start = startingPoint(lesson, progress, section);
      return readerReduce(initialReaderState(start.section, start.scroll), { type: 'normalize' }, env);
    },
  );

  // A resize changes how many lines a section has; pull the scroll back into range.
  // biome-ignore lint/correctness/useExhaustiveDependencies: width and viewport are the triggers
  useEffect(() => dispatch({ type: 'normalize' }), [width, viewport]);

  const view = env.view(state.section, state);
  const atEnd = reachedEnd(view, state, viewport);
  usePositionSaver(progress, lesson.id, state.section, state.scroll);
  useSaveAnswers(progress, lesson.id, state);
  const skipped = skippedChecks(state);
  useCompleteAtEnd(progress, lesson.id, atEnd, skipped);

  const linkIndex = focusedLinkIndex(state);
  const focusedLink = linkIndex === undefined ? undefined : view.links[linkIndex];
  const checkId = focusedCheckId(state);

  const follow = (route: Route) => shell.push(route);
  const extras = useReaderExtras(lesson, follow);
  const sandbox = atEnd ? lesson.sandbox : undefined;
  const handleKey = (input: string, key: Key): boolean => {
    if (state.jump !== null) return jumpKeys(input, key, dispatch);
    if (input === 't' && sandbox !== undefined && checkId === undefined) {
      follow(linkRoute('sandbox', sandbox, data));
      return true;
    }
    if (checkId === undefined && extras.handle(input, state.section, view.terms)) return true;
    if (key.tab) {
      dispatch({ type: 'focus', by: key.shift ? -1 : 1 });
      return true;
    }
    if (checkId !== undefined) {
      const action = actionFor(checkKeymap, state, input, key);
      if (action !== undefined) {
        dispatch(action);
        return true;
      }
    }
    if (/^[1-9]$/.test(input)) {
      dispatch({ type: 'answer', index: Number(input) - 1 });
      return true;
    }
    if (key.return) {
      if (focusedLink !== undefined) follow(linkRoute(focusedLink.kind, focusedLink.target, data));
      else if (atEnd && next !== undefined)
        shell.replace({ name: 'lesson', params: { id: next.id, title: next.title } });
      else if (!atEnd) dispatch({ type: 'page', by: 1 });
      return true;
    }
    if (key.escape && state.focus !== null) {
      dispatch({ type: 'blur' });
      return true;
    }
    const action = readingAction(input, key);
    if (action === undefined) return false;
    dispatch(action);
    return true;
  };
  useKeys(
    handleKey,
    hintsFor(state, focusedLink !== undefined, checkId !== undefined, {
      next: atEnd && next !== undefined,
      sandbox: sandbox !== undefined,
    }),
    // The footer is full at 80 columns: b and w are in the ? overlay and on the progress line.
    { more: state.jump === null && checkId === undefined ? extras.hints(state.section, view.terms.length) : [] },
  );
  // The reading position of the bar, measured without the text answers add (see sectionFraction).
  const base = useMemo(
    () => buildSectionView({ lesson, section: state.section, width, checks: {}, glossary }),
    [lesson, state.section, width, glossary],
  );
  const shownWithKeys = useShownWithKeys();
  if (!shownWithKeys) return <Text color={theme.muted}> Loading…</Text>;

  if (state.jump !== null) {
    return (
      <SectionJumpList
        lesson={lesson}
        current={state.section}
        index={state.jump}
        height={Math.max(3, body.height - 2)}
      />
    );
  }

  const shown = markFocusedLink(view.lines, linkIndex, width).slice(state.scroll, state.scroll + viewport);
  while (shown.length < viewport) shown.push([]);
  return (
    <Box flexDirection="column" paddingX={1}>
      <StyledLines lines={shown} focusedLink={linkIndex} />
      <ProgressLine
        width={width}
        section={state.section}
        sections={lesson.sections.length}
        fraction={sectionFraction(view, base, state.scroll, viewport)}
        note={focusedLink ? `Enter ▸ ${focusedLink.text}` : extras.note(state.section, lesson.title, view.terms.length)}
        spokenNote={
          focusedLink
            ? `Enter follows the link ${focusedLink.text}.`
            : extras.spokenNote(state.section, lesson.title, view.terms.length)
        }
        noteIsAction={focusedLink !== undefined}
      />
    </Box>
  );
}

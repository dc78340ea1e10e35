// Workshop mode: a pack's agenda (workshop.yaml), its loading and checks, attendee progress
// per step, and the class report. No Ink, no clock of its own.
export {
  type AgendaStep,
  type ChallengeStep,
  type LessonStep,
  MAX_QUIZ_COUNT,
  type QuizStep,
  STEP_KINDS,
  type StepKind,
  type Workshop,
  workshopHeaderSchema,
  stepSchemas,
} from './schema.js';
export { parseWorkshopFile, type ParsedWorkshop } from './parse-workshop.js';
export { checkAgenda, type AgendaCheckInput } from './check-agenda.js';
export {
  checkWorkshopFile,
  loadWorkshopPack,
  type LoadPackOptions,
  type PackLoad,
  packIsUsable,
  WORKSHOP_FILE,
} from './load-pack.js';
export { installWorkshopValidation } from './validate-hook.js';
export { attendeeDataDir, checkAttendeeName, defaultAttendeeName, defaultDataDir, type NameCheck } from './attendee.js';
export { currentStepIndex, percent, quizAnswers, type StepStatus, stepStatus } from './step-status.js';
export { stepRef, stepTitle } from './step-title.js';
export {
  type AttendeeResult,
  buildClassReport,
  type ClassReport,
  type Counted,
  type MissedQuestion,
  NOT_IN_BANK,
  type StepReport,
  TOP,
} from './report.js';
export { classReportMarkdown } from './report-md.js';
export { classReportCsv, REPORT_CSV_COLUMNS } from './report-csv.js';
export { attendeeNameOf, type ReadResults, readResults } from './results.js';
export { prepareWorkshopSession, type SessionInput, type SessionResult, type WorkshopSession } from './session.js';
export {
  workshopQuizSettings,
  requestQuizChange,
  topicTitle,
  topicTitles,
  quizStepLabel,
  type WorkshopQuizSettings,
  type QuizChange,
} from './quiz-settings.js';
// The live class, pure parts (the host and the attendee link, which do I/O, are in live-node/).
export { type ClassState, emptyClass, reduceClass } from './live/class-state.js';
export {
  type Cell,
  type ClassView,
  classView,
  type LiveClassInput,
  liveClassReport,
  type QuestionStats,
  questionText,
} from './live/views.js';
export { type AgendaClock, agendaClock, clockText, minutesOverPlan } from './live/agenda-clock.js';

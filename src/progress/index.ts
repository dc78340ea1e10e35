// The progress store: everything the shell and the other core modules may use.
export { resolveDataDir, DATA_DIR_ENV } from './data-dir.js';
export { openProgressStore, type OpenProgressOptions } from './store.js';
export { createMemoryProgressStore } from './memory-store.js';
export type { ProgressStore, ProgressWriter, UpdateOptions } from './store-types.js';
export { DEFAULT_LOCK_STALE_MS } from './lock.js';
export {
  ProgressError,
  ProgressWriteError,
  ProgressReadError,
  ProgressLockError,
  ProgressDataError,
  ProgressImportError,
} from './errors.js';
export {
  CURRENT_VERSION,
  progressSchema,
  type ProgressData,
  type LessonProgress,
  type CheckAnswer,
  type QuizAttempt,
  type AnswerRecord,
  type ChallengeProgress,
  type QuizMode,
  type ColorSetting,
  type Tally,
  type AttemptItem,
  type Bookmark,
  type PracticeSettings,
} from './schema.js';
export { emptyProgress } from './empty-progress.js';
export { migrations, upgradeProgress, runMigrations, fileVersion, type UpgradeResult } from './migrations/index.js';
export type { Migration, MigrationContext } from './migrations/types.js';
export { MigrationError } from './migrations/migration-error.js';
export { recordAnswer, recordAnswers, type AnswerInput } from './record-answer.js';
export { recordAnswerWithCards } from './record-answer-cards.js';
export { recordAttempt, type AttemptInput } from './record-attempt.js';
export { setLessonPosition, completeLesson, recordCheck } from './lesson-progress.js';
export { setExamInProgress, setFsrsCard, setFsrsCards, updateFsrsCards, type JsonObject } from './quiz-state.js';
export { completeChallenge, recordFailedCheck, recordHintUsed, setLastWorld } from './sandbox-progress.js';
export { setExamDate, setColor, setInstantAnswers } from './settings.js';
export {
  toggleBookmark,
  isBookmarked,
  setLastPractice,
  setPracticeInProgress,
  type BookmarkTarget,
} from './study-state.js';
export { resetProgress } from './reset.js';
export { mergeProgress } from './merge.js';
export { importProgress, parseProgressExport, type ImportSummary } from './import.js';
export { exportProgress, isExportFormat, EXPORT_FORMATS, type ExportFormat } from './export.js';
export { CSV_COLUMNS } from './export-csv.js';
export { keepCopy } from './set-aside.js';

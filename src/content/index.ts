// Public API of the content core: load and validate lessons and question banks.
export type * from './types.js';
export { AWS_DOCS_HOSTS, isAwsDocsUrl } from './aws-docs.js';
export { type BankFileResult, parseBankFile } from './bank-file.js';
export { builtinContentDirs, findPackageRoot, PACKAGE_NAME } from './builtin.js';
export { type ClfDomain, clfDomainNames, clfTasks, isClfTask, taskBelongsToDomain } from './clf-c02.js';
export {
  type CachedLoadOptions,
  type CachedLoadResult,
  contentCacheKey,
  readContentCache,
  writeContentCache,
} from './content-cache.js';
export { loadContentCached } from './load-cached.js';
export {
  type BodyScan,
  CODE_LANGUAGES,
  type LinkRef,
  MAX_CODE_COLUMNS,
  MAX_DIAGRAM_COLUMNS,
  type RawBlock,
  type RawSection,
  scanLessonBody,
} from './lesson-body.js';
export { KEY_TAKEAWAYS, type LessonFileResult, MAX_CHECKS, MIN_CHECKS, parseLessonFile } from './lesson-file.js';
export { allQuestions, type ContentDirs, type LoadOptions, loadContent } from './loader.js';
export { type BeyondExamMention, type BeyondExamTopic, beyondExamMentions, beyondExamTopics } from './exam-scope.js';
export {
  jaccard,
  NEAR_DUPLICATE_MIN_WORDS,
  NEAR_DUPLICATE_THRESHOLDS,
  nearDuplicate,
  type QuestionText,
  type QuestionWords,
  questionWords,
  type Similarity,
  type SimilarityView,
  wordSet,
} from './near-duplicates.js';
export { type ChooseClause, canonicalChoose, chooseClauses, chooseWords, normaliseText } from './question-rules.js';
export { questionWarnings } from './question-warnings.js';
export {
  bankWarnings,
  type KeyLongest,
  keyLongest,
  MAX_DISTRACTOR_REPEATS,
  MAX_KEY_LONGEST_SHARE,
  MIN_SINGLE_FOR_LENGTH_BIAS,
} from './bank-warnings.js';
export type { LessonRecord, QuestionRecord } from './records.js';
export {
  type BankFileInput,
  type BankQuestionInput,
  bankFileSchema,
  bankQuestionSchema,
  type CheckQuestionInput,
  checkQuestionSchema,
  awsDocsUrl,
  httpsUrl,
  isHttpsUrl,
  isoDate,
  kebabId,
  type LessonFrontMatter,
  lessonFrontMatterSchema,
  lessonScopeSchema,
  type OptionInput,
  optionSchema,
  referenceSchema,
  scopeSchema,
} from './schemas.js';
export { builtinTopics, type Topic } from './topics.js';
export {
  formatProblem,
  summaryLine,
  type ValidateArgs,
  type ValidateDirHandler,
  type ValidateResult,
  validateCommand,
  validateDirHandlers,
  workshopPackHandler,
} from './validate-command.js';
export { type IssueContext, issuesToProblems, pathLabel } from './zod-issues.js';
export { parseYamlSource, type YamlSource } from './yaml-source.js';
export {
  findGlossaryTerms,
  type GlossaryResult,
  type GlossaryTerm,
  loadBuiltinGlossary,
  parseGlossary,
  type TermMatch,
} from './glossary.js';
export { buildSearchIndex, type SearchHit, type SearchIndex, type SearchTarget, searchIndex } from './search.js';

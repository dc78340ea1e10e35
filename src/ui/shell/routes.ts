/**
 * Every place in the app and the params it takes. Params are plain data so a route can be saved
 * and restored; a screen reads its own entry here, typed, instead of probing an unknown record.
 */
export interface Routes {
  home: Record<string, never>;
  help: Record<string, never>;
  /** `iam-tutor lessons ID` opens the list, then that lesson on top of it. */
  lessons: { id?: string };
  /** `section` (0-based) opens the lesson there: a search hit or a bookmark. */
  lesson: { id?: string; title?: string; section?: number };
  quiz: {
    /** `quiz:<question-id>` links: practise that one question. */
    questionId?: string;
    /** Preselected topics (`--topics`, a workshop step); `topic` is a single one. */
    topics?: readonly string[];
    topic?: string;
    id?: string;
    count?: number;
    seed?: number;
  };
  exam: { count?: number };
  drill: Record<string, never>;
  /** Review mistakes: questions answered wrong and not right since. */
  mistakes: Record<string, never>;
  /** Past mock exams from Progress → Scores, each reopened read-only. */
  pastExams: Record<string, never>;
  /** `scenario` from lesson links; `id` from `iam-tutor sandbox SCENARIO`. */
  sandbox: { scenario?: string; id?: string };
  progress: Record<string, never>;
  workshop: { title?: string };
  /** `/` from any screen: lessons, questions and the glossary. */
  search: Record<string, never>;
  /** `termId` opens the list at that term; `only` lists just those terms (a lesson section's). */
  glossary: { termId?: string; only?: readonly string[]; heading?: string };
  bookmarks: Record<string, never>;
  /** `iam-tutor workshop host PACK`: the instructor's live class dashboard. */
  class: Record<string, never>;
}

export type RouteName = keyof Routes;

/** One route: its name and that name's params (optional, since every param is). */
export type Route = { [K in RouteName]: { name: K; params?: Routes[K] } }[RouteName];
export type RouteOf<K extends RouteName> = Extract<Route, { name: K }>;

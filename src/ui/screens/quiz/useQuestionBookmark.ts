import { isBookmarked } from '../../../progress/index.js';
import { useAppData } from '../../data/TutorContext.js';
import type { Message } from '../../widgets/status-line/index.js';

/** `b` after an answer (practice, drill): toggles the question's bookmark and says what it did. */
export function useQuestionBookmark(): (questionId: string) => Message {
  const state = useAppData();
  const client = state.status === 'ready' ? state.data.client : null;
  return (questionId) => {
    if (client === null) return { text: 'Bookmarks are not available: progress is not loaded.', tone: 'error' };
    const target = { kind: 'question' as const, questionId };
    try {
      client.toggleBookmark(target);
    } catch (error) {
      return { text: `Could not save the bookmark: ${(error as Error).message}`, tone: 'error' };
    }
    return isBookmarked(client.current(), target)
      ? { text: '★ Bookmarked. Lessons → m lists your bookmarks.', tone: 'info' }
      : { text: 'Bookmark removed.', tone: 'info' };
  };
}

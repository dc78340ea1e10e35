// What the agenda screen needs: the workshop session (pack, attendee, content), which run.tsx
// puts in the one context when the app was started with `iam-tutor workshop PACK`.
import type { WorkshopSession } from '../../../workshop/index.js';
import { useTutor } from '../../data/TutorContext.js';

export const useWorkshopSession = (): WorkshopSession | null => useTutor().workshop;

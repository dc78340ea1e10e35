// What the agenda screen needs: the workshop session (pack, attendee, content), provided by
// run.tsx when the app was started with `iam-tutor workshop PACK`.
import { createContext, useContext } from 'react';
import type { WorkshopSession } from '../../../workshop/index.js';

export const WorkshopContext = createContext<WorkshopSession | null>(null);

export function useWorkshopSession(): WorkshopSession | null {
  return useContext(WorkshopContext);
}

import { z } from 'zod';
import { ProgressError } from './errors.js';
import type { ColorSetting, ProgressData } from './schema.js';
import { KEEPS_ANSWERS, type ProgressWriter } from './store-types.js';

const examDateSchema = z.iso.date();

/** Sets (or with undefined clears) the exam date, 'YYYY-MM-DD'. Throws ProgressError if bad. */
export function setExamDate(store: ProgressWriter, examDate: string | undefined): ProgressData {
  if (examDate !== undefined && !examDateSchema.safeParse(examDate).success) {
    throw new ProgressError(`"${examDate}" is not a date: write the exam date as YYYY-MM-DD, for example 2026-12-31.`);
  }
  return store.update((draft) => {
    if (examDate === undefined) delete draft.settings.examDate;
    else draft.settings.examDate = examDate;
  }, KEEPS_ANSWERS);
}

export function setColor(store: ProgressWriter, color: ColorSetting | undefined): ProgressData {
  return store.update((draft) => {
    if (color === undefined) delete draft.settings.color;
    else draft.settings.color = color;
  }, KEEPS_ANSWERS);
}

/** Turns "instant answers" on or off (undefined: back to the default, off). */
export function setInstantAnswers(store: ProgressWriter, on: boolean | undefined): ProgressData {
  return store.update((draft) => {
    if (on === undefined) delete draft.settings.instantAnswers;
    else draft.settings.instantAnswers = on;
  }, KEEPS_ANSWERS);
}

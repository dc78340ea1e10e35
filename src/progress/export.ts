import { inertJson } from '../untrusted/formats.js';
import { exportCsv } from './export-csv.js';
import { exportMarkdown } from './export-md.js';
import { competencyExport } from './export-verdicts.js';
import type { ProgressData } from './schema.js';

export const EXPORT_FORMATS = ['json', 'csv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** json is the full data (plus the topic verdicts) and what `progress import` reads; csv and md are for people. */
export function exportProgress(data: ProgressData, format: ExportFormat): string {
  switch (format) {
    case 'json':
      // An older store may hold C1 controls taken in before imports were cleaned: escape them.
      // `competency` is derived (the verdicts and their rule, for people and scripts reading the
      // file); `progress import` and `workshop report` read the data and drop it.
      return `${inertJson(JSON.stringify({ ...data, competency: competencyExport(data) }, null, 2))}\n`;
    case 'csv':
      return exportCsv(data);
    case 'md':
      return exportMarkdown(data);
  }
}

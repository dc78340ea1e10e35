import { inertJson } from '../untrusted/formats.js';
import { exportCsv } from './export-csv.js';
import { exportMarkdown } from './export-md.js';
import type { ProgressData } from './schema.js';

export const EXPORT_FORMATS = ['json', 'csv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** json is the full data and what `progress import` reads; csv and md are for people. */
export function exportProgress(data: ProgressData, format: ExportFormat): string {
  switch (format) {
    case 'json':
      // An older store may hold C1 controls taken in before imports were cleaned: escape them.
      return `${inertJson(JSON.stringify(data, null, 2))}\n`;
    case 'csv':
      return exportCsv(data);
    case 'md':
      return exportMarkdown(data);
  }
}

// One entry point from a Report to the text of any output format, so the CLI only picks one.
import { renderCategoriesCsv } from './csvReport.js';
import { renderHtml } from './htmlReport.js';
import type { Report } from './jsonReport.js';
import type { Lang } from './messages.js';
import { renderSarif } from './sarifReport.js';
import { renderTable } from './table.js';

export const FORMATS = ['table', 'json', 'csv', 'sarif', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  /** Language of the table and HTML; the machine formats keep English ids. */
  lang: Lang;
  /** Earlier reports for the HTML trend chart. */
  history?: Report[];
}

export function renderReport(r: Report, format: Format, opts: RenderOptions): string {
  switch (format) {
    case 'table':
      return renderTable(r, opts.lang);
    case 'json':
      return JSON.stringify(r, null, 2) + '\n';
    case 'csv':
      return renderCategoriesCsv(r);
    case 'sarif':
      // Compact: a share's SARIF has a result per file and category, and is read by machines.
      return JSON.stringify(renderSarif(r)) + '\n';
    case 'html':
      return renderHtml(r, { lang: opts.lang, history: opts.history });
  }
}

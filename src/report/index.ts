/** The HTML report: renderReport and the types and texts a caller needs to build its input. */
export { renderReport, chapterHeading, chapterKey } from './render.ts';
export type { ReportInput, RunSummary, CalibrationRow, DisabledAnalysisText } from './types.ts';
export { REPORT_CHAPTERS, KEY_LABELS, UI, type Chapter } from './texts.ts';
export { exhibitNumber, compareExhibitIds, parseExhibitId } from './exhibit-id.ts';

/** What the report is made from: disclosed result tables plus a summary of the run. */
import type { ResultTable, Text, ValueUnit } from '../results/types.ts';
import type { Chapter } from './texts.ts';

export interface CalibrationRow {
  id: string;
  description: Text;
  published: number;
  achieved: number | null;
  tolerance: number;
  within: boolean;
  /** How to show published/achieved/tolerance; plain numbers when left out. */
  unit?: ValueUnit;
}

export interface DisabledAnalysisText {
  analysis: string;
  reason: string | Text;
}

export interface RunSummary {
  /** The synthetic generator's seed; null for real register extracts. */
  seed: number | null;
  inputFingerprint: string;
  /** E.g. "Syntetiske data (livschancer generate, seed 42)" / "Registerudtræk fra Danmarks Statistik". */
  dataSource: Text;
  disabled: readonly DisabledAnalysisText[];
  calibration: readonly CalibrationRow[];
}

export interface ReportInput {
  tables: readonly ResultTable[];
  run: RunSummary;
  /** Chapters in report order; defaults to REPORT_CHAPTERS (chapters 1-9, Bilag 'B1'-'B8'). */
  chapters?: readonly Chapter[];
  /**
   * Exhibit ids in the order the report prints them (within each chapter); ids not listed follow,
   * in exhibit-id order (figures, tables, appendix figures, appendix tables; numerically).
   */
  order?: readonly string[];
  /** Labels for key codes, per key column; merged over KEY_LABELS. */
  labels?: Readonly<Record<string, Readonly<Record<string, Text>>>>;
  /** Source line per exhibit id; defaults to the report's standard "Kilde" line. */
  sources?: Readonly<Record<string, Text>>;
}

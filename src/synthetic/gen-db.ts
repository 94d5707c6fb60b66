/**
 * The generator's DuckDB session: one connection, the seeded random-number macros, and a
 * `step` wrapper that reports progress. All randomness comes from hashing (seed, key, year, stream),
 * so a value never depends on thread scheduling or row order: same seed, same data, byte for byte.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { memoryLimit } from '../duckdb-limits.ts';

/** Named random streams: one per decision, so adding a decision never shifts another's draws. */
export const S = {
  cohortSex: 1, deathAge: 2, ses: 3, arrivalAge: 4, country: 5, sex: 6, partner: 7, match: 8,
  unionAge: 9, breakup: 10, breakupYear: 11, kidsWith: 12, nKids: 13, firstBirth: 14, spacing: 15,
  leaveHome: 16, birthDay: 17, move: 18, famEffect: 19, tenure: 20, supported: 21, dept: 22, kom: 23,
  ability: 24, eduChoice: 25, eduOutcome: 26, eduTiming: 27, eduHigher: 28, empPersistent: 29,
  empYear: 30, nonEmpType: 31, incPersistent: 32, incYear: 33, wealth: 34, capital: 35,
  crime: 36, crimeDate: 37, crimeLaw: 38, verdict: 39, psych: 40, abuse: 41, bufo: 42, daycare: 43,
  school: 44, absence: 45, wellbeing: 46, ntest: 47, grade: 48, birthWeight: 49, participant: 50,
  job: 51, hours: 52, imputed: 53, founderEdu: 54, immigrantEdu: 55, survey: 56, activity: 57, planLeader: 58,
  adultEdu: 59, absencePersistent: 60, crimePersistent: 61, psychPersistent: 62, schoolType: 63,
  // register domains (childhood, crime, health, school)
  crimeCount: 64, verdictDate: 65, sanction: 66, psychDiag: 67, somatic: 68, abuseDiag: 69, bufoType: 70,
  bufoEnd: 71, daycareType: 72, examSubject: 73, examMissing: 74, preterm: 75, lprDate: 76, sibNab: 77,
  bufoPersistent: 78, daycarePersistent: 79, wellbeingPersistent: 80, efterskole: 81, abusePersistent: 82,
  ntestTake: 83, wellbeingTake: 84, specialSchool: 85, privateSchool: 86,
} as const;

export class GenDb {
  private constructor(readonly conn: DuckDBConnection, private readonly instance: DuckDBInstance) {}

  static async open(path: string, seed: number, opts: { memoryLimit?: string; tempDir?: string; threads?: number } = {}): Promise<GenDb> {
    const instance = await DuckDBInstance.create(path, {
      memory_limit: memoryLimit(opts.memoryLimit),
      threads: String(opts.threads ?? 2),
      preserve_insertion_order: 'true',
      ...(opts.tempDir ? { temp_directory: opts.tempDir } : {}),
    });
    const conn = await instance.connect();
    const db = new GenDb(conn, instance);
    await db.installMacros(seed);
    return db;
  }

  private async installMacros(seed: number): Promise<void> {
    const s = Math.trunc(seed);
    await this.conn.run(`
      -- uniform on (0, 1) from a 53-bit slice of the hash
      CREATE OR REPLACE TEMP MACRO u(k, y, s) AS
        (((hash(k::BIGINT, y::BIGINT, s::BIGINT, ${s}::BIGINT) >> 11)::DOUBLE + 0.5) / 9007199254740992.0);
      -- standard normal by Box-Muller from two independent uniforms
      CREATE OR REPLACE TEMP MACRO nrm(k, y, s) AS
        sqrt(-2 * ln(u(k, y, s))) * cos(2 * pi() * u(k, y, s + 1000));
      CREATE OR REPLACE TEMP MACRO logistic(x) AS 1 / (1 + exp(-(x)));
      -- pick an element of a list uniformly
      CREATE OR REPLACE TEMP MACRO pick(lst, k, y, s) AS lst[1 + floor(u(k, y, s) * len(lst))::INTEGER];
    `);
  }

  async run(sql: string): Promise<void> {
    await this.conn.run(sql);
  }

  async rows<T = Record<string, unknown>>(sql: string): Promise<T[]> {
    const r = await this.conn.runAndReadAll(sql);
    return r.getRowObjectsJson() as unknown as T[];
  }

  async scalar(sql: string): Promise<number> {
    const r = await this.conn.runAndReadAll(sql);
    const v = r.getRows()[0]?.[0];
    return Number(v);
  }

  close(): void {
    this.conn.closeSync();
    this.instance.closeSync();
  }
}

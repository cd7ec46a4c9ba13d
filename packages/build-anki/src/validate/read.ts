import { strFromU8, unzipSync } from 'fflate';
import type { SqlValue } from 'sql.js';
import { sqlite } from '../apkg/sqlite.js';

/** An .apkg opened for inspection: its zip entries and the rows of its collection, with SQLite's own value types. */
export interface OpenedApkg {
  entries: Record<string, Uint8Array>;
  /** Null when the zip has no collection.anki2. */
  db: OpenedDb | null;
}

export interface OpenedDb {
  tables: string[];
  indexes: string[];
  /** Declared column types per table, e.g. {notes: {id: 'integer', flds: 'text', …}}. */
  columns: Record<string, Record<string, string>>;
  rows: Record<string, Record<string, SqlValue>[]>;
  /** sqlite typeof() of every cell, same shape as rows. */
  types: Record<string, Record<string, string>[]>;
}

export async function openApkg(bytes: Uint8Array): Promise<OpenedApkg> {
  const entries = unzipSync(bytes);
  const collection = entries['collection.anki2'];
  return { entries, db: collection ? await openDb(collection) : null };
}

async function openDb(bytes: Uint8Array): Promise<OpenedDb> {
  const SQL = await sqlite();
  const db = new SQL.Database(bytes);
  try {
    const names = (type: string) => db.exec(`SELECT name FROM sqlite_master WHERE type = '${type}' ORDER BY name`)[0]?.values.map((v) => String(v[0])) ?? [];
    const tables = names('table');
    const out: OpenedDb = { tables, indexes: names('index'), columns: {}, rows: {}, types: {} };
    for (const table of tables.filter((t) => /^[a-z_0-9]+$/i.test(t))) {
      const info = db.exec(`PRAGMA table_info(${table})`)[0]?.values ?? [];
      const cols = info.map((r) => String(r[1]));
      out.columns[table] = Object.fromEntries(info.map((r) => [String(r[1]), String(r[2]).toLowerCase()]));
      const select = (expr: (c: string) => string) => {
        const result = db.exec(`SELECT ${cols.map(expr).join(', ')} FROM ${table}`)[0];
        return (result?.values ?? []).map((row) => Object.fromEntries(cols.map((c, i) => [c, row[i] ?? null])));
      };
      out.rows[table] = select((c) => `"${c}"`);
      out.types[table] = select((c) => `typeof("${c}")`) as Record<string, string>[];
    }
    return out;
  } finally {
    db.close();
  }
}

export function entryText(bytes: Uint8Array): string {
  return strFromU8(bytes);
}

// A row of a table written into a log line as SQL (a JDBC spy's or a MySQL general log's
// `insert into sys_login_log (login_name, login_pwd, …) values ('user069805', 'abc229371@', …)`)
// is read as the table's row: each value under its column's name, as a CSV export of the
// table would give it, so that login_pwd names a password as a column of that name does.
// So is a hotel interface's FIAS guest record (fias.ts): GN黄文云 is a GuestName column, and
// a user-defined field's A015668956072 a column A0 holding a phone.
import { insertedRows } from '../read/sql.js';
import type { DataRecord, Field } from '../types.js';
import { fiasGuestFields } from './fias.js';

/** Whether a line may hold an INSERT: parsing it, or a case-blind regex, on every log line costs more than the detector's scan of a line without findings. */
const mayInsert = (text: string): boolean => text.includes('into') || text.includes('INTO') || text.includes('Into');
/** A prepared statement's parameter marker (?, $1, :name, #{name}): no value. */
const PLACEHOLDER = /^(?:\?|\$\d+|:\w+|#\{[^}]*\})$/;

/**
 * The record with the columns of the row its free text inserts (or its FIAS guest record)
 * added after its fields, and those added fields; the record itself when there are none.
 * Only a line that holds one row (besides rows of parameter markers) is read so: the rows of
 * an extended INSERT are as many people, which one record's columns would join into one.
 */
export function withInsertedColumns(record: DataRecord): { record: DataRecord; added: ReadonlySet<Field> } {
  const rows: Field[][] = [];
  for (const field of record.fields) {
    if (field.name !== null) continue;
    if (mayInsert(field.value)) {
      for (const row of insertedRows(field.value)) {
        const values = row.fields.filter((f) => f.name !== null && !PLACEHOLDER.test(f.value));
        if (values.length > 0) rows.push(values);
      }
    }
    const guest = fiasGuestFields(field.value);
    if (guest.length > 0) rows.push(guest);
  }
  if (rows.length !== 1) return { record, added: NONE };
  return { record: { ...record, fields: [...record.fields, ...rows[0]] }, added: new Set(rows[0]) };
}

const NONE: ReadonlySet<Field> = new Set();

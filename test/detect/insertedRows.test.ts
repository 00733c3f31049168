import { describe, expect, it } from 'vitest';
import { withInsertedColumns } from '../../src/detect/insertedRows.js';
import { insertedRows } from '../../src/read/sql.js';
import { detector } from '../helpers.js';

const P6SPY =
  "2026-06-21 16:27:08.118|3|statement|connection 17|insert into sys_login_log (login_name, login_pwd, login_ip) values (?, ?, ?)|insert into sys_login_log (login_name, login_pwd, login_ip) values ('user069805', 'abc229371@', '202.171.87.169');";
const line = (value: string) => ({ sheet: null, index: 1, fields: [{ name: null, value }] });

describe('SQL INSERT rows in a line of text', () => {
  it('reads the rows of every statement, by column, with MySQL escapes; a cut-off row gives none', () => {
    expect(insertedRows(P6SPY).map((r) => r.fields.map((f) => [f.name, f.value]))).toEqual([
      [['login_name', '?'], ['login_pwd', '?'], ['login_ip', '?']],
      [['login_name', 'user069805'], ['login_pwd', 'abc229371@'], ['login_ip', '202.171.87.169']],
    ]);
    expect(insertedRows("Query\tREPLACE INTO t (a, b) VALUES ('it\\'s', 2), ('x', NULL)").map((r) => r.fields.map((f) => f.value))).toEqual([["it's", '2'], ['x']]);
    expect(insertedRows("insert into t (a) values ('13812345678")).toEqual([]);
    expect(insertedRows('GET /api/insert?into=x 200')).toEqual([]);
  });
  it('adds the columns of inserted rows to the record, leaving out parameter markers', () => {
    const { record, added } = withInsertedColumns(line(P6SPY));
    expect([...added].map((f) => [f.name, f.value])).toEqual([['login_name', 'user069805'], ['login_pwd', 'abc229371@'], ['login_ip', '202.171.87.169']]);
    expect(record.fields).toHaveLength(4);
    const plain = line('login ok user=13812345678');
    expect(withInsertedColumns(plain).record).toBe(plain);
    // An extended INSERT's rows are as many people: the line stays text.
    const extended = line("Query\tinsert into t (name, phone) values ('张伟', '13812345678'), ('李娜', '13987654321')");
    expect(withInsertedColumns(extended).record).toBe(extended);
  });
  it('finds a password by its column, and a value the line shows once', () => {
    const found = detector().detect(line(P6SPY)).filter((f) => f.verified);
    expect(found.map((f) => [f.entity.spec.id, f.field, f.normalised]).sort()).toEqual([
      ['credential', 'login_pwd', 'abc229371@'],
      ['ip_address', null, '202.171.87.169'],
    ]);
  });
});

describe('a hotel PMS\'s FIAS guest record in a line of text', () => {
  // Oracle Opera telling a wristband gateway of a check-in; A0 is a user-defined field
  const FIAS = '2026-05-17 18:37:12.441 INFO [fias-link-3] RX PMS(Opera)->WristbandGW <STX>GI|RN183|G#880412|GN黄文云|GLZH|A015668956072|DA2026-05-17|TI18:37|<ETX>';
  it('reads its fields as columns, named as the specification names them', () => {
    expect([...withInsertedColumns(line(FIAS)).added].map((f) => [f.name, f.value])).toEqual([
      ['RoomNumber', '183'],
      ['ReservationNumber', '880412'],
      ['GuestName', '黄文云'],
      ['GuestLanguage', 'ZH'],
      ['A0', '15668956072'],
      ['Date', '2026-05-17'],
      ['Time', '18:37'],
    ]);
    // two guests' records on one line, or a pipe line that is no guest record, stay text
    for (const text of [`${FIAS} <STX>GO|RN101|G#880413|GN李娜|<ETX>`, 'LOGI|RN183|GN黄文云|', 'GI|RN183|']) {
      expect(withInsertedColumns(line(text)).added.size).toBe(0);
    }
  });
  it('finds the guest\'s name by its field and a phone glued to a user-defined field\'s id', () => {
    const found = detector().detect(line(FIAS)).filter((f) => f.verified);
    expect(found.map((f) => [f.entity.spec.id, f.field, f.normalised])).toEqual([
      ['person_name', 'GuestName', '黄文云'],
      ['cn_mobile', 'A0', '15668956072'],
    ]);
  });
});

// Key/value pairs in free text (detect/keyValues.ts): the keys are read like column names.
import { describe, expect, it } from 'vitest';
import { delimitedCells, keyValuePairs } from '../../src/detect/keyValues.js';

describe('keyValuePairs', () => {
  it('reads JSON members, XML attributes, pipe-line cells and query pairs', () => {
    expect(keyValuePairs('{"from_name":"龚思萍","text":{"content":"收到，谢谢"}}')).toEqual([
      { key: 'from_name', value: '龚思萍' },
      { key: 'content', value: '收到，谢谢' },
    ]);
    expect(keyValuePairs('LKXM:李珍|LXDH:18621176726|LGMC:锦江之星')).toEqual([
      { key: 'LKXM', value: '李珍' },
      { key: 'LXDH', value: '18621176726' },
      { key: 'LGMC', value: '锦江之星' },
    ]);
    expect(keyValuePairs('<sms address="19544909060" body="明天下午三点见" contact_name=\'李涵秀\' />')).toEqual([
      { key: 'address', value: '19544909060' },
      { key: 'body', value: '明天下午三点见' },
      { key: 'contact_name', value: '李涵秀' },
    ]);
    expect(keyValuePairs('GET /login?usr=zhang&upass=Love2024! HTTP/1.1')).toEqual([
      { key: 'usr', value: 'zhang' },
      { key: 'upass', value: 'Love2024!' },
    ]);
  });
  it("reads an XML element holding only text by its local name, not an element of elements nor a tag's namespace", () => {
    expect(keyValuePairs('<PersonName><Surname>欧阳霞</Surname></PersonName><his:OperPwd>Ab3368126!</his:OperPwd>')).toEqual([
      { key: 'Surname', value: '欧阳霞' },
      { key: 'OperPwd', value: 'Ab3368126!' },
    ]);
    expect(keyValuePairs('<a>x</b>')).toEqual([]);
  });
  it('reads JSON escaped inside a JSON string, at any depth, as the JSON it holds', () => {
    expect(keyValuePairs('{"data":"{\\"password\\":\\"Ab3368126!\\"}"}')).toContainEqual({ key: 'password', value: 'Ab3368126!' });
    expect(keyValuePairs('{"payload":"{\\\\\\"nick\\\\\\":\\\\\\"白国\\\\\\"}"}')).toContainEqual({ key: 'nick', value: '白国' });
  });
  it("reads each string of a JSON member's flat array as a value of its key, and no other array", () => {
    expect(keyValuePairs('{"PhoneNumberSet": ["+8613890991418"], "TemplateParamSet": ["孔欣", "全季酒店", "1326"], "n": "孔"}')).toEqual([
      { key: 'PhoneNumberSet', value: '+8613890991418' },
      { key: 'TemplateParamSet', value: '孔欣' },
      { key: 'TemplateParamSet', value: '全季酒店' },
      { key: 'TemplateParamSet', value: '1326' },
      { key: 'n', value: '孔' },
    ]);
    // An array of objects or numbers is no list of values: its members are read as themselves.
    expect(keyValuePairs('{"ids": [1, 2], "bodies": [{"msg": "到了"}]}')).toEqual([{ key: 'msg', value: '到了' }]);
  });
  it('reads array elements as PHP print_r and Ruby print them', () => {
    expect(keyValuePairs('params: Array ( [username] => user123456 [姓名] => 李珍 ["contact"] => 18621176726 )')).toEqual([
      { key: 'params', value: 'Array' },
      { key: 'username', value: 'user123456' },
      { key: '姓名', value: '李珍' },
      { key: 'contact', value: '18621176726' },
    ]);
    expect(keyValuePairs('{"guest" => "李涵秀"}')).toEqual([{ key: 'guest', value: '李涵秀' }]);
    // A bracketed timestamp or a bracket of words is no key.
    expect(keyValuePairs('[2026-03-01 10:00] [a b] => x')).toEqual([]);
  });
  it('reads a dict as Python prints it: single-quoted keys, values in either quote, not a quoted phrase of prose', () => {
    expect(keyValuePairs(`[{'partner_name': '陆红', 'partner_phone': '15367880282', 'team_id': 4, 'note': "it's"}]`)).toEqual([
      { key: 'partner_name', value: '陆红' },
      { key: 'partner_phone', value: '15367880282' },
      { key: 'note', value: "it's" },
    ]);
    expect(keyValuePairs(`he said 'hello there': fine`)).toEqual([]);
  });
  it('reads a list of (key, value) tuples as Python prints it: a Flask form in a log line', () => {
    expect(keyValuePairs(`login ImmutableMultiDict([('username', 'user907097'), ('password', 'pass51159!'), ('note', "it's"), ('team', 4)])`)).toEqual([
      { key: 'username', value: 'user907097' },
      { key: 'password', value: 'pass51159!' },
      { key: 'note', value: "it's" },
    ]);
    expect(keyValuePairs(`he said ('hello there', 'fine')`)).toEqual([]);
  });
  it('finds nothing in a line without a separator, nor in a clock, nor a key that begins inside a word', () => {
    expect(keyValuePairs('钟峰刚在群里问手机壳还有没有货')).toEqual([]);
    expect(keyValuePairs('see http://x.cn/a')).toEqual([]);
    expect(keyValuePairs('2026-11-01 00:00:00.000 INFO 已完成')).toEqual([]);
    expect(keyValuePairs('bypass:on')).toEqual([{ key: 'bypass', value: 'on' }]);
    expect(keyValuePairs('abc张三:x')).toEqual([]);
  });
});

describe('delimitedCells', () => {
  it('splits a line that is one delimited record, and the cells of an HTML table row', () => {
    expect(delimitedCells('869790308119326,13657279877,123.28')).toEqual(['869790308119326', '13657279877', '123.28']);
    expect(delimitedCells('<tr><td>KS-012</td><td>孟斌文</td><td style="x">15396042714</td><td></td></tr>')).toEqual(['KS-012', '孟斌文', '15396042714']);
  });
  it('reads a quoted cell as a CSV reader would: unquoted, its doubled quotes single', () => {
    expect(delimitedCells('"S2026031412310887", "访客","明天下午三点见","说""好的"""')).toEqual(['S2026031412310887', '访客', '明天下午三点见', '说"好的"']);
  });
  it('finds no cells in a line with one delimiter, or a row of fewer than three cells', () => {
    expect(delimitedCells('用户张伟, 已登录')).toEqual([]);
    expect(delimitedCells('<td>孟斌文</td><td>x</td>')).toEqual([]);
  });
});

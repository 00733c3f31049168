// The key/value pairs of a free-text line: a JSON member ("from_name":"王芳"), a query or
// logfmt pair (user_pwd=…), a labelled cell of a pipe line (LKXM:王芳|LXDH:138…), not a
// URL's scheme (http://). A key
// names its value the way a column name does, so the same vocabulary reads both.

export interface KeyValue {
  key: string;
  value: string;
}

const JSON_MEMBER = /"([^"\\]{1,40})"\s*:\s*"([^"\\]{1,200})"/gu;
const BARE_PAIR = /(?:^|[\s|｜,，;；&?{【[])([A-Za-z_][\w.-]{0,39}|\p{Script=Han}{1,8})\s*[:：=]\s*([^\s|｜,，;；&"{}/][^\s|｜,，;；&"{}]{0,199})/gu;

export function keyValuePairs(text: string): KeyValue[] {
  const pairs: KeyValue[] = [];
  // A line without a separator holds no pair: most log lines are skipped at this test.
  if (!/[:：=]/.test(text)) return pairs;
  for (const m of text.matchAll(JSON_MEMBER)) pairs.push({ key: m[1], value: m[2] });
  for (const m of text.matchAll(BARE_PAIR)) pairs.push({ key: m[1], value: m[2] });
  return pairs;
}

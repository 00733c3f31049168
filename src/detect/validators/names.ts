// Person names: a Chinese name is a known surname followed by one to three given-name
// characters (or a minority name joined by ·); a Latin name is two to four words.
import { readFileSync } from 'node:fs';
import { patternsDir } from '../catalogueFiles.js';

interface SurnameList {
  single: string[];
  compound: string[];
}

let surnames: { single: Set<string>; compound: Set<string> } | undefined;

function loadSurnames(): { single: Set<string>; compound: Set<string> } {
  if (!surnames) {
    const list = JSON.parse(readFileSync(`${patternsDir()}/reference/surnames.json`, 'utf8')) as SurnameList;
    surnames = { single: new Set(list.single), compound: new Set(list.compound) };
  }
  return surnames;
}

const HAN = /^\p{Script=Han}+$/u;
// Words that fill name columns in test data and placeholders; they are not people.
const PLACEHOLDERS = new Set(['测试', '测试数据', '未知', '不详', '匿名', '无名', '暂无', '客户', '先生', '女士']);

// Everyday words that begin with a surname character (来, 于, 关, 向 …): a "name" that starts
// with one is a phrase running into the name (来自付阳), not a name.
const PHRASE_STARTS = ['来自', '来电', '来访', '于是', '关于', '向您', '和您', '给您', '请您', '谢谢', '通知', '管理'];

export function isPersonName(value: string): boolean {
  const v = value.trim();
  if (PLACEHOLDERS.has(v) || PHRASE_STARTS.some((w) => v.startsWith(w))) return false;
  if (v.includes('·')) return v.split('·').every((part) => part.length > 0 && HAN.test(part));
  if (HAN.test(v)) {
    const { single, compound } = loadSurnames();
    if (v.length >= 3 && compound.has(v.slice(0, 2))) return v.length <= 4;
    return v.length >= 2 && v.length <= 4 && single.has(v[0]);
  }
  return /^[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){1,3}$/.test(v);
}

// Person names: a Chinese name is a known surname followed by one to three given-name
// characters (or a minority name joined by ·); a Latin name is two to four words.
import { readReference } from '../catalogueFiles.js';
import { divisionNames } from './divisions.js';

interface SurnameList {
  single: string[];
  compound: string[];
}

let surnames: { single: Set<string>; compound: Set<string> } | undefined;

function loadSurnames(): { single: Set<string>; compound: Set<string> } {
  if (!surnames) {
    const list = readReference<SurnameList>('surnames.json');
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

// How the names of businesses and places end (全季酒店 under hotel_cn_name): a surname and up
// to three characters more is no name then.
const PLACE_OR_ORG_ENDING = /(?:酒店|宾馆|饭店|公司|集团|银行|医院|学校|中心|商店|超市|门店|营业厅)$/u;

export function isPersonName(value: string): boolean {
  const v = value.trim();
  if (PLACEHOLDERS.has(v) || PHRASE_STARTS.some((w) => v.startsWith(w)) || PLACE_OR_ORG_ENDING.test(v)) return false;
  if (v.includes('·')) return v.split('·').every((part) => part.length > 0 && HAN.test(part));
  if (HAN.test(v)) {
    const { single, compound } = loadSurnames();
    if (v.length >= 3 && compound.has(v.slice(0, 2))) return v.length <= 4;
    return v.length >= 2 && v.length <= 4 && single.has(v[0]);
  }
  return /^[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){1,3}$/.test(v);
}

let givenChars: Set<string> | undefined;
let wordsLikeNames: Set<string> | undefined;
let places: Set<string> | undefined;

/** Suffixes a division name is written with and may be written without (张家口市 → 张家口). */
const DIVISION_SUFFIXES = ['', '市', '县', '区', '省', '镇', '乡', '州', '旗'];
const LATIN_NAME_WORDS = /^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$/;

/**
 * A value that is a name by its shape alone, with nothing around it that says so: stricter
 * than isPersonName, which trusts the column or label. A known surname and one or two
 * common given-name characters (patterns/reference/given-name-chars.json: 高血压 and 张家口
 * begin with a surname, but 血, 压, 口 are no given-name characters), not the name of a
 * place (高安, 文山) nor a common word of that shape (文本, 明天: patterns/reference/name-shaped-words.json);
 * or two or three capitalised Latin words.
 */
export function isNameByShape(value: string): boolean {
  const v = value.trim();
  if (LATIN_NAME_WORDS.test(v)) return true;
  if (!isPersonName(v) || !/^\p{Script=Han}{2,4}$/u.test(v)) return false;
  const { single, compound } = loadSurnames();
  const surname = v.length >= 3 && compound.has(v.slice(0, 2)) ? v.slice(0, 2) : single.has(v[0]) ? v[0] : undefined;
  if (surname === undefined) return false;
  givenChars ??= new Set(readReference<{ chars: string }>('given-name-chars.json').chars);
  wordsLikeNames ??= new Set(readReference<{ words: string[] }>('name-shaped-words.json').words);
  if (wordsLikeNames.has(v)) return false;
  const given = [...v.slice(surname.length)];
  if (given.length < 1 || given.length > 2 || !given.every((c) => givenChars!.has(c))) return false;
  places ??= new Set(divisionNames());
  return !DIVISION_SUFFIXES.some((s) => places!.has(v + s));
}

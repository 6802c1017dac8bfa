/*
 * People in a redacted case are named by surname + 某 (张明 → 张某), as published typical cases do. Only strings
 * that look like a person's name are treated as one: a display name such as "教育局 联络员" names a post, not a person.
 */

/** Two-character surnames (复姓) that stay whole: 欧阳明 → 欧阳某, not 欧某. */
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '钟离',
  '端木',
  '申屠',
  '澹台',
  '南宫',
  '西门',
  '呼延',
  '万俟',
  '闻人',
  '赫连',
  '独孤',
  '百里',
  '东郭',
  '公冶',
  '太叔',
  '濮阳',
  '淳于',
  '单于',
  '拓跋',
] as const;

const HAN_NAME = /^[\u4e00-\u9fff]{2,4}$/;
/** 买买提·艾力: a given name and a father's name joined by a middle dot. */
const DOTTED_NAME = /^[\u4e00-\u9fff]{1,8}[·•][\u4e00-\u9fff]{1,10}$/;

/** A Chinese personal name (2–4 characters, or a dotted one); anything with 某 is already redacted. */
export function isPersonName(text: string): boolean {
  const name = text.trim();
  if (name.includes('某')) return false;
  return HAN_NAME.test(name) || DOTTED_NAME.test(name);
}

/** The surname: a compound one when the name is long enough to hold it and a given name, else the first character. */
export function surnameOf(name: string): string {
  const compound = COMPOUND_SURNAMES.find((s) => name.startsWith(s));
  return compound && name.length >= 3 && !/[·•]/.test(name.slice(0, 2)) ? compound : (name[0] ?? '');
}

/**
 * The alias of each distinct name, in the order given (the subject of the case first, so they are 张某). A second
 * person with the same surname becomes 张某某, so a reader can tell two people apart; a third and later ones share
 * 张某某 too, which the reviewer sees in the replacements list and may reword.
 */
export function personAliases(names: readonly string[]): Map<string, string> {
  const aliases = new Map<string, string>();
  const taken = new Map<string, number>();
  for (const raw of names) {
    const name = raw.trim();
    if (!isPersonName(name) || aliases.has(name)) continue;
    const surname = surnameOf(name);
    const seen = taken.get(surname) ?? 0;
    taken.set(surname, seen + 1);
    aliases.set(name, seen === 0 ? `${surname}某` : `${surname}某某`);
  }
  return aliases;
}

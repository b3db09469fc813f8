/*
 * Tsunagu: what Tasklist says to people, worked out without touching the page, so that the same
 * code runs in the browser (imported by refusals.js and due-dates.js) and under Node's test
 * runner (src/test/js, run by TasklistTextTest). No DOM, no globals.
 */

// Hiragana, katakana, CJK ideographs, the Japanese punctuation 「」。、 and full-width forms.
const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;
// Camunda's ids in its own wording: task and instance ids (UUIDs) and process definition ids
// (evacuation-plan:3:9587f0f1-…). The server's Japanese sentence never needs them.
const IDS = /\s*\(?\b(?:[\w-]+:\d+:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b\)?/gi;

/** Said when the server gave no Japanese reason (a reason in English is no reason to our users). */
export const REFUSED_WITHOUT_REASON =
  '送信できませんでした。入力した内容を確かめて、もう一度お試しください。';

/**
 * The server's Japanese sentence out of Camunda's answer to a refused form:
 * "Cannot submit task form 9587f0f1-…: 「訪問・実施予定日」を入力してください。" and
 * "Cannot instantiate process definition evacuation-plan:1:…: …" become the sentence alone.
 * Camunda puts its English and the ids in front, each part ending in ": "; the reason starts
 * at the first part written in Japanese and keeps whatever follows, "例: 2026/12/20" included.
 */
export function refusalSentence(message) {
  if (typeof message !== 'string') {
    return REFUSED_WITHOUT_REASON;
  }
  const parts = message.split(/:\s+/);
  const first = parts.findIndex(part => JAPANESE.test(part));
  if (first < 0) {
    return REFUSED_WITHOUT_REASON;
  }
  const sentence = parts.slice(first).join(': ').replace(IDS, '').trim();
  return sentence || REFUSED_WITHOUT_REASON;
}

const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];

/**
 * A date as Tasklist holds it: a Date, or text such as 2026-12-10T00:00:00 (the task header, in
 * the browser's time zone) or 2026-12-09T15:00:00.000+0000 (the task list, with its offset).
 * Undefined for anything else.
 */
export function readDate(value) {
  if (value instanceof Date) {
    return isNaN(value.getTime()) ? undefined : value;
  }
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) {
    return undefined;
  }
  // +0000 is how the engine writes an offset; the standard form is +00:00
  const date = new Date(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return isNaN(date.getTime()) ? undefined : date;
}

/**
 * A day as our users write it: 12月10日(木), and 2027年1月5日(火) when it is not this year.
 * The day is the one of the browser's time zone (an office in Aomori: Asia/Tokyo).
 */
export function japaneseDay(value, today = new Date()) {
  const date = readDate(value);
  if (!date) {
    return undefined;
  }
  const day = (date.getMonth() + 1) + '月' + date.getDate() + '日(' + WEEKDAYS[date.getDay()] + ')';
  return date.getFullYear() === today.getFullYear() ? day : date.getFullYear() + '年' + day;
}

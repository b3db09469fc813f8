// tsunagu/tasklist-text.js under Node's test runner (run by jp.tsunagu.webapp.TasklistTextTest,
// with TZ=Asia/Tokyo as in an office in Aomori). The module is read as the application serves it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const source = readFileSync(new URL('../../main/resources/META-INF/resources/webjars/camunda/app/tsunagu/tasklist-text.js',
  import.meta.url), 'utf8');
const { refusalSentence, japaneseDay, readDate, REFUSED_WITHOUT_REASON } =
  await import('data:text/javascript,' + encodeURIComponent(source));

test('a refused task form: the server\'s Japanese sentence without Camunda\'s English and the task id', () => {
  assert.equal(refusalSentence('Cannot submit task form 9587f0f1-d3a1-11ef-8f4e-0242ac120002: 「訪問・実施予定日」を入力してください。'),
    '「訪問・実施予定日」を入力してください。');
});

test('a refused start form: the process definition id goes with the English', () => {
  assert.equal(refusalSentence('Cannot instantiate process definition evacuation-plan:3:4f1c2b8e-d3a1-11ef-8f4e-0242ac120002: '
    + 'ケース「CASE-2026-9999」は見つかりません。'), 'ケース「CASE-2026-9999」は見つかりません。');
});

test('a colon inside the Japanese sentence stays, and so do the numbers people need', () => {
  assert.equal(refusalSentence('Cannot submit task form 9587f0f1-d3a1-11ef-8f4e-0242ac120002: ENGINE-16004 Exception while closing command context: '
    + '「希望日」の「2026/13/45」は読めません。例: 2026/12/20、令和8年12月20日'),
  '「希望日」の「2026/13/45」は読めません。例: 2026/12/20、令和8年12月20日');
  assert.equal(refusalSentence('「人工呼吸器の消費電力（W）」を入力してください。'), '「人工呼吸器の消費電力（W）」を入力してください。');
});

test('no Japanese reason: a Japanese sentence all the same, never English', () => {
  assert.equal(refusalSentence('Cannot submit task form 9587f0f1-d3a1-11ef-8f4e-0242ac120002: Unknown property used in expression'),
    REFUSED_WITHOUT_REASON);
  assert.equal(refusalSentence(null), REFUSED_WITHOUT_REASON);
  assert.equal(refusalSentence(''), REFUSED_WITHOUT_REASON);
  assert.match(REFUSED_WITHOUT_REASON, /^[^A-Za-z]+$/);
});

test('a day of this year: month, day and weekday', () => {
  const today = new Date(2026, 11, 7);
  assert.equal(japaneseDay('2026-12-10T00:00:00', today), '12月10日(木)');
  assert.equal(japaneseDay(new Date(2026, 0, 1), today), '1月1日(木)');
});

test('a day of another year: with its year', () => {
  const today = new Date(2026, 11, 7);
  assert.equal(japaneseDay('2027-01-05T09:00:00', today), '2027年1月5日(火)');
  assert.equal(japaneseDay('2025-12-31T23:59:00', today), '2025年12月31日(水)');
});

test('the task list\'s dates carry an offset: the day is the one in Aomori', () => {
  const today = new Date(2026, 11, 7);
  // 15:00 UTC on the 9th is midnight of the 10th in Asia/Tokyo
  assert.equal(japaneseDay('2026-12-09T15:00:00.000+0000', today), '12月10日(木)');
  assert.equal(japaneseDay('2026-12-09T14:59:00.000+0000', today), '12月9日(水)');
});

test('what is no date is left alone', () => {
  assert.equal(japaneseDay(undefined), undefined);
  assert.equal(japaneseDay('3日後'), undefined);
  assert.equal(readDate('2026-13-45T00:00:00'), undefined);
  assert.equal(readDate(new Date(NaN)), undefined);
});

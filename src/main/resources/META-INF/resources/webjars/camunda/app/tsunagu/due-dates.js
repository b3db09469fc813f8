/*
 * Tsunagu: due and follow-up dates as days (issue 24). Tasklist writes them relative ("3日後",
 * "in 3 days") through angular-moment's am-time-ago, in the task list and the task header; our
 * users plan by the calendar, so the day is written instead: 12月10日(木), with the year when it is
 * not this year. The creation time stays relative. The value comes from the task the span
 * shows (Angular's scope), or else from its tooltip (2026年12月10日 木曜日 9:00). When
 * angular-moment writes its relative text again (every minute), the observer writes the day again.
 * Loaded through `customScripts` in tasklist/scripts/config.js.
 */
import { japaneseDay } from './tasklist-text.js';

const DATES = '.due-date span[am-time-ago], .followup-date span[am-time-ago]';
const FIELD = /^task\.(due|followUp)$/;

function valueOf(span) {
  const angular = window.angular;
  const field = FIELD.exec(span.getAttribute('am-time-ago') || '');
  const scope = angular && field ? angular.element(span).scope() : null;
  if (scope && scope.task && scope.task[field[1]]) {
    return scope.task[field[1]];
  }
  const day = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(span.getAttribute('uib-tooltip') || '');
  return day ? new Date(+day[1], day[2] - 1, +day[3]) : undefined;
}

function writeDay(span) {
  const day = japaneseDay(valueOf(span));
  if (day && span.textContent !== day) {
    span.textContent = day;
  }
}

// One look over the page per batch of changes: at most two dates for each of the fifteen tasks
// a page of the list shows, and the header's two.
new MutationObserver(() => {
  document.querySelectorAll(DATES).forEach(writeDay);
}).observe(document.documentElement, { subtree: true, childList: true, characterData: true });

document.querySelectorAll(DATES).forEach(writeDay);

/*
 * Tsunagu: a refused form says why where the eye is (issue 24). When the server refuses a task
 * form (完了) or a start form (開始), Tasklist shows Camunda's red notification: English and an id
 * first ("Cannot submit task form 9587f0f1-…: 「訪問・実施予定日」を入力してください。"), for a task
 * over the form's buttons, for a start at the top of the dialog, out of view. Here the server's
 * Japanese sentence alone is shown just above the button that was pressed (.tsunagu-refusal),
 * and Camunda's notification of that refusal is closed. Read from the answer of the form's
 * submission (…/task/{id}/submit-form, …/process-definition/{id}/submit-form). Loaded through
 * `customScripts` in tasklist/scripts/config.js; user-styles.css draws the reason, and ends
 * Tasklist's columns above the page footer so that the buttons can always be scrolled to.
 */
import { refusalSentence } from './tasklist-text.js';

const SUBMIT = /\/(?:task|process-definition)\/(?:key\/)?[^/]+\/submit-form$/;
const BOX = 'tsunagu-refusal';
// Where Tasklist puts the buttons of a form: a task's 保存 / 完了, a start dialog's 開始.
const BUTTON_ROWS = '.form-actions, .modal-footer';
// How Camunda begins the message of a refused submission (its notification's text).
const CAMUNDA_REFUSAL = /Cannot (?:submit task form|instantiate process definition|complete task)/;

let pressed = null;
// The raw messages of refusals shown here, so that Camunda's notification of each is closed.
const shown = [];

function primaryButtonOf(target) {
  const button = target && target.closest ? target.closest('button') : null;
  return button && button.closest(BUTTON_ROWS) && button.classList.contains('btn-primary') ? button : null;
}

// The button a person pressed (完了 or 開始): the answer is shown beside it. A new attempt
// takes the last answer away.
document.addEventListener('click', event => {
  const button = primaryButtonOf(event.target);
  if (button) {
    pressed = button;
    removeBox(button.closest(BUTTON_ROWS));
  }
}, true);

function removeBox(row) {
  const box = row && row.querySelector('.' + BOX);
  if (box) {
    box.remove();
  }
}

function visible(element) {
  return element && element.isConnected && element.getClientRects().length > 0;
}

function buttonRow() {
  if (visible(pressed)) {
    return pressed.closest(BUTTON_ROWS);
  }
  // the form was drawn again since the press: the visible one, the dialog's first
  const candidates = [...document.querySelectorAll('.modal-footer, .form-actions')].filter(visible);
  return candidates[0] || null;
}

function showRefusal(sentence) {
  const row = buttonRow();
  if (!row) {
    return;
  }
  let box = row.querySelector('.' + BOX);
  if (!box) {
    box = document.createElement('div');
    box.className = BOX;
    box.setAttribute('role', 'alert');
    row.insertBefore(box, row.firstChild);
  }
  box.textContent = sentence;
  // the reason pushed the buttons down: the reason and the buttons both in view
  row.scrollIntoView({ block: 'nearest' });
}

function closeCamundaNotices() {
  for (const notice of document.querySelectorAll('.notifications .alert, [notifications-panel] .alert')) {
    const text = notice.textContent || '';
    if (notice.style.display === 'none' || !(CAMUNDA_REFUSAL.test(text) || shown.some(raw => raw && text.includes(raw)))) {
      continue;
    }
    // its own × takes it out of Camunda's list of notifications; hidden at once meanwhile
    const close = notice.querySelector('button.close[ng-click^="removeNotification"]');
    notice.style.display = 'none';
    if (close) {
      close.click();
    }
  }
}

new MutationObserver(() => {
  if (shown.length) {
    closeCamundaNotices();
  }
}).observe(document.documentElement, { subtree: true, childList: true });

function messageOf(request) {
  try {
    const answer = JSON.parse(request.responseText);
    return answer && typeof answer.message === 'string' ? answer.message : null;
  } catch (notJson) {
    return null;
  }
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (method === 'POST' && SUBMIT.test(String(url).split('?')[0])) {
    this.addEventListener('load', () => {
      if (this.status < 400) {
        removeBox(buttonRow());
        return;
      }
      const raw = messageOf(this);
      shown.push(raw);
      if (shown.length > 20) {
        shown.shift();
      }
      showRefusal(refusalSentence(raw));
      closeCamundaNotices();
    });
  }
  return open.call(this, method, url, ...rest);
};

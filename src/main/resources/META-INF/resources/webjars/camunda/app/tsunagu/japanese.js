/*
 * Tsunagu: Japanese for the words that Camunda 7.24's web apps write in their code instead
 * of taking them from locales/*.json, so no translation file can reach them:
 *  - text and tooltips written straight into Camunda's page templates (CAMUNDA_WORDS below);
 *  - the application switcher in the header ("Welcome", "Admin", "Cockpit", "Tasklist");
 *  - the form renderer of Camunda Forms (form-js) in Tasklist: validation messages, the search
 *    placeholder of a select, the "Select" shown by a select with nothing chosen (form-js 1.x has
 *    no placeholder option for it), empty-list texts, and the calendar of its date picker
 *    (flatpickr).
 * Loaded by every app through `customScripts` in its scripts/config.js (Camunda imports it as an
 * ES module). It only rewrites text that Camunda has already rendered: when Camunda or form-js
 * renders again, the observer below translates again.
 */

/*
 * Every English word of Camunda's own that its 7.24 templates (tasklist, cockpit, admin,
 * welcome and their plugins) show without a translation key, found by reading the templates in
 * the webjar. Matched exactly against a whole text (white space around it aside) or a whole
 * attribute value, so a sentence that merely contains the word is never touched, and a lookup
 * costs one property read. JapaneseScriptTest reads this object; keep it plain 'English':
 * '日本語' pairs.
 */
const CAMUNDA_WORDS = {
  text: {
    // Variables table (Cockpit's variables tab, Tasklist, Admin): column header and the links
    // of file variables.
    'Actions': '操作',
    'Download': 'ダウンロード',
    'Upload': 'アップロード',
    // A variable whose value is null, and an object variable without its Java class name; the
    // first as locales/*.json writes it for the null type (CAM_WIDGET_VARIABLES_TABLE_NULL).
    '<null>': '<値なし>',
    '<undefined>': '<未設定>',
    // Cockpit: a field without a value (super process instance, tenant of a decision, due
    // date of a job). Only inside .null-value: elsewhere "null" may be a variable's value.
    'null': '（値なし）',
    // Cockpit: the diagram's placeholder while it loads.
    'Loading diagram': '図を読み込んでいます',
    // Cockpit: an incident without a message; tooltips of the dashboard and of a suspended job
    // definition on the diagram (both appear as the tooltip's text when pointed at).
    'Message is null.': 'メッセージはありません。',
    'Toggle this section': 'この欄の表示を切り替え',
    'Suspended Job Definition': '一時停止中のジョブ定義',
    // Admin: the permissions menu of an authorization.
    'Select all': 'すべて選択',
    'Unselect all': 'すべての選択を解除'
  },
  attributes: {
    title: {
      // The zoom buttons of every BPMN diagram.
      'zoom in': '拡大',
      'zoom out': '縮小',
      'reset zoom': '元の大きさに戻す',
      // The checkbox over Cockpit's job tables.
      'Select all': 'すべて選択',
      // bpmn-js's watermark: the link and logo stay as its licence asks, only the tooltip changes.
      'Powered by bpmn.io': 'bpmn.io の技術で図を表示しています'
    },
    placeholder: {
      // Cockpit: the name field of a new variable.
      'varName': '変数名',
      // Welcome: the example person of the profile form.
      'Jonny': '太郎',
      'Prosciutto': '青森',
      'j.prosciutto@acme.org': '例: aomori.taro@example.jp'
    }
  }
};

// Texts that Camunda also uses for data are translated only inside these elements.
const ONLY_INSIDE = {
  'null': '.null-value'
};

// Longest English text above plus the indentation Camunda's templates keep around it: a longer
// text node cannot match, and is skipped without trimming it.
const LONGEST_WORD = Math.max(...Object.keys(CAMUNDA_WORDS.text).map(text => text.length)) + 80;

const APP_NAMES = {
  Welcome: 'ようこそ',
  Admin: '管理',
  Cockpit: 'コックピット',
  Tasklist: 'タスクリスト'
};

// form-js 1.x validation messages (Validator and the number and date-time fields).
const FORM_MESSAGES = [
  [/^Field is required\.$/, () => '入力してください（必須項目です）。'],
  [/^Field must have minimum length of (\d+)\.$/, n => `${n}文字以上で入力してください。`],
  [/^Field must have maximum length of (\d+)\.$/, n => `${n}文字以内で入力してください。`],
  [/^Field must have minimum value of (.+)\.$/, n => `${n}以上の値を入力してください。`],
  [/^Field must have maximum value of (.+)\.$/, n => `${n}以下の値を入力してください。`],
  // The pattern itself means nothing to the person filling the form; the field's description
  // gives an example.
  [/^Field must match pattern .*$/s, () => '入力の形式が正しくありません。説明の例のとおりに入力してください。'],
  [/^Field must be a valid email\.$/, () => 'メールアドレスの形式で入力してください。'],
  [/^Field must be a valid +international phone number\..*$/, () => '電話番号を国際形式（例: +81171000000）で入力してください。'],
  [/^Value is not a number\.$/, () => '数値を入力してください。'],
  [/^Value is expected to be an integer\.$/, () => '整数を入力してください。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, n => `小数点以下${n}桁までで入力してください。`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (a, b) => `正しい値を入力してください。近い値は ${a} と ${b} です。`],
  [/^Date and time must both be entered\.$/, () => '日付と時刻の両方を入力してください。'],
  [/^No results$/, () => '該当するものがありません'],
  [/^All values selected$/, () => 'すべて選択しました']
];

// form-js writes "Select" into an empty (non-searchable) select's display, hard-coded; only
// there, so an option or a label that reads "Select" is left alone.
// JapaneseScriptTest reads this object and checks that form-js still writes the English there.
const SELECT_PLACEHOLDER = {
  'Select': '選択してください'
};
const SELECT_PLACEHOLDER_INSIDE = '.fjs-select-placeholder';

const FORM_ATTRIBUTES = {
  placeholder: {Search: '検索（文字を入力して絞り込み）'},
  title: {'Remove tag': '削除'}
};

// flatpickr's locale object, as its own "ja" locale file defines it, weeks starting on Sunday.
const CALENDAR = {
  weekdays: {
    shorthand: ['日', '月', '火', '水', '木', '金', '土'],
    longhand: ['日曜日', '月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日']
  },
  months: {
    shorthand: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    longhand: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']
  },
  firstDayOfWeek: 0,
  rangeSeparator: ' から ',
  time_24hr: true,
  amPM: ['午前', '午後'],
  yearAriaLabel: '年',
  monthAriaLabel: '月',
  hourAriaLabel: '時',
  minuteAriaLabel: '分',
  weekAbbreviation: '週',
  scrollTitle: 'スクロールして増減',
  toggleTitle: 'クリックして切替'
};

// A browser that asks for English gets Camunda's English labels; keep the switcher English too.
const language = ((navigator.languages && navigator.languages[0]) || navigator.language || '').toLowerCase();
const englishBrowser = language.startsWith('en');

function replaceKeepingSpace(textNode, translated) {
  const text = textNode.data;
  const leading = text.match(/^\s*/)[0];
  const trailing = text.match(/\s*$/)[0];
  const next = leading + translated + trailing;
  if (next !== text) {
    textNode.data = next;
  }
}

function translateFormText(textNode) {
  const text = textNode.data.trim();
  if (Object.hasOwn(SELECT_PLACEHOLDER, text)) {
    if (textNode.parentElement && textNode.parentElement.closest(SELECT_PLACEHOLDER_INSIDE)) {
      replaceKeepingSpace(textNode, SELECT_PLACEHOLDER[text]);
    }
    return;
  }
  for (const [pattern, translate] of FORM_MESSAGES) {
    const match = text.match(pattern);
    if (match) {
      replaceKeepingSpace(textNode, translate(...match.slice(1)));
      return;
    }
  }
}

function translateAppName(textNode) {
  const translated = APP_NAMES[textNode.data.trim()];
  if (translated) {
    replaceKeepingSpace(textNode, translated);
  }
}

function translateCamundaText(textNode) {
  if (textNode.data.length > LONGEST_WORD) {
    return;
  }
  const text = textNode.data.trim();
  if (!Object.hasOwn(CAMUNDA_WORDS.text, text)) {
    return;
  }
  const scope = Object.hasOwn(ONLY_INSIDE, text) && ONLY_INSIDE[text];
  if (!scope || (textNode.parentElement && textNode.parentElement.closest(scope))) {
    replaceKeepingSpace(textNode, CAMUNDA_WORDS.text[text]);
  }
}

// dictionary: {attribute: {English value: Japanese value}}
function translateAttributes(root, dictionary) {
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  for (const [attribute, words] of Object.entries(dictionary)) {
    const elements = [root, ...root.querySelectorAll('[' + attribute + ']')];
    for (const element of elements) {
      const value = element.getAttribute(attribute);
      if (value && Object.hasOwn(words, value)) {
        element.setAttribute(attribute, words[value]);
      }
    }
  }
}

function eachText(root, translate) {
  if (root.nodeType === Node.TEXT_NODE) {
    translate(root);
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    translate(node);
  }
}

let calendarLocalized = false;

// Dates as people type them, read strictly (issue 24): 2026/12/20, 2026-12-20, 2026年12月20日,
// 令和8年12月20日, R8.12.20, full-width digits too. flatpickr alone reads 2026/13/45 as 2027/2/14
// and erases 令和8年12月20日 without a word; a day the calendar does not have is no date here.
const ERA_FIRST_YEAR = { '令和': 2018, 'R': 2018, '平成': 1988, 'H': 1988, '昭和': 1925, 'S': 1925 };

function halfWidth(text) {
  return text.replace(/[\uFF01-\uFF5E]/g, c => String.fromCharCode(c.charCodeAt(0) - 0xFEE0)).trim();
}

function strictDay(text) {
  if (typeof text !== 'string') {
    return undefined;
  }
  const typed = halfWidth(text);
  let parts = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(typed);
  let year;
  let month;
  let day;
  if (parts) {
    [year, month, day] = [+parts[1], +parts[2], +parts[3]];
  } else if ((parts = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(typed))) {
    [month, day, year] = [+parts[1], +parts[2], +parts[3]]; // form-js' own minDate "01/01/1900"
  } else if ((parts = /^(\d{4})-(\d{2})-(\d{2})T/.exec(typed))) {
    [year, month, day] = [+parts[1], +parts[2], +parts[3]]; // a stored date-time
  } else if ((parts = /^(令和|平成|昭和|[RHS])\s*(元|\d{1,2})\s*[年.]\s*(\d{1,2})\s*[月.]\s*(\d{1,2})\s*日?$/i.exec(typed))) {
    year = ERA_FIRST_YEAR[parts[1].toUpperCase()] + (parts[2] === '元' ? 1 : +parts[2]);
    [month, day] = [+parts[3], +parts[4]];
  } else {
    return undefined;
  }
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

function dateFieldMessage(input, message) {
  const field = input.closest('.fjs-form-field') || input.parentElement;
  let shown = field.querySelector('.tsunagu-date-error');
  if (!message) {
    if (shown) {
      shown.remove();
    }
    return;
  }
  if (!shown) {
    shown = document.createElement('div');
    shown.className = 'tsunagu-date-error fjs-form-field-error';
    shown.setAttribute('role', 'alert');
    shown.style.color = '#b00000';
    field.appendChild(shown);
  }
  shown.textContent = message;
}

function datePicker(input) {
  const picker = input && input._flatpickr;
  if (!picker || !input.closest || !input.closest('.fjs-datepicker')) {
    return null;
  }
  // form-js gives flatpickr no parseDate (and flatpickr takes none from its defaults): ours, strict
  if (picker.config.parseDate !== strictDay) {
    picker.set('parseDate', strictDay);
  }
  return picker;
}

document.addEventListener('focus', event => datePicker(event.target), true);

// Before flatpickr reads a typed date on leaving the field (capture runs first): an era date is
// written as the picker's own format, an impossible or past one is named beside the field.
document.addEventListener('blur', event => {
  const input = event.target;
  const picker = datePicker(input);
  if (!picker) {
    return;
  }
  const typed = input.value.trim();
  const field = input.closest('.fjs-form-field');
  const labelElement = field && field.querySelector('label');
  const label = labelElement ? labelElement.textContent.replace(/\*/g, '').trim() : '日付';
  if (!typed) {
    dateFieldMessage(input, null);
    return;
  }
  const date = strictDay(typed);
  if (!date) {
    dateFieldMessage(input, '「' + label + '」の「' + typed + '」は存在しない日付か、日付として読めません。例: 2026/12/20、令和8年12月20日');
    return;
  }
  const minDate = picker.config.minDate;
  if (minDate && date < new Date(minDate.getFullYear(), minDate.getMonth(), minDate.getDate())) {
    dateFieldMessage(input, '「' + label + '」に過去の日付は入力できません（' + typed + '）。');
    return;
  }
  dateFieldMessage(input, null);
  input.value = picker.formatDate(date, picker.config.dateFormat);
}, true);

function localizeCalendars(root) {
  const flatpickr = window.flatpickr;
  if (flatpickr && !calendarLocalized) {
    // Every date picker form-js creates from now on starts in Japanese.
    flatpickr.localize(CALENDAR);
    calendarLocalized = true;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  // A picker created before the line above ran gets the locale now.
  for (const input of root.querySelectorAll('.fjs-datepicker input')) {
    const picker = input._flatpickr;
    if (picker && picker.l10n && picker.l10n.months.longhand[0] !== CALENDAR.months.longhand[0]) {
      picker.set('locale', CALENDAR);
    }
  }
}

function translate(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  if (!element) {
    return;
  }
  if (element.closest('.fjs-container') || (node.nodeType === Node.ELEMENT_NODE && node.querySelector('.fjs-container'))) {
    eachText(node, translateFormText);
    translateAttributes(node, FORM_ATTRIBUTES);
    localizeCalendars(node);
  }
  if (englishBrowser) {
    return;
  }
  if (element.closest('.app-switch') || (node.nodeType === Node.ELEMENT_NODE && node.querySelector('.app-switch'))) {
    eachText(node, translateAppName);
  }
  eachText(node, translateCamundaText);
  translateAttributes(node, CAMUNDA_WORDS.attributes);
}

new MutationObserver(records => {
  for (const record of records) {
    if (record.type === 'characterData') {
      translate(record.target);
    } else if (record.type === 'attributes') {
      translateAttributes(record.target, FORM_ATTRIBUTES);
      if (!englishBrowser) {
        translateAttributes(record.target, CAMUNDA_WORDS.attributes);
      }
    } else {
      record.addedNodes.forEach(translate);
    }
  }
}).observe(document.documentElement, {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: [...new Set([...Object.keys(FORM_ATTRIBUTES), ...Object.keys(CAMUNDA_WORDS.attributes)])]
});

translate(document.body);

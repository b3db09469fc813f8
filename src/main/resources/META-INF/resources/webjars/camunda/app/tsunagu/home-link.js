/*
 * Tsunagu: a way from Camunda's web apps (Tasklist, Cockpit, Admin, the welcome page) to the home
 * page of つなぐ (/home: my tasks, my requests, the pages my role opens). Adds 「つなぐ ホーム」
 * as the first entry of the header's menu once a user is logged in (the account menu is shown),
 * and again whenever Camunda draws the header anew. Loaded through `customScripts` in every
 * app's scripts/config.js.
 */
const HOME = '/home';
const MARK = 'tsunagu-home';

function addHomeLink() {
  for (const menu of document.querySelectorAll('.cam-nav > ul')) {
    if (menu.querySelector(':scope > li.' + MARK) || !menu.querySelector(':scope > li.account')) {
      continue;
    }
    const item = document.createElement('li');
    item.className = MARK;
    const link = document.createElement('a');
    link.href = HOME;
    link.textContent = 'つなぐ ホーム';
    link.title = 'つなぐのホーム: 自分のタスク、申込の状況、開けるページ';
    item.appendChild(link);
    menu.insertBefore(item, menu.firstChild);
  }
}

new MutationObserver(addHomeLink).observe(document.documentElement, { subtree: true, childList: true });
addHomeLink();

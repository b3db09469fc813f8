/*
 * Tsunagu: after a start in Tasklist, say the new request's number (案件番号, the business key
 * DSP-2026-0007 that the application gave it), which Tasklist's own notice 「業務を開始しました。」
 * does not, and where to follow it (ホーム → 申込の状況). Reads the answer of the start form's
 * submission (…/process-definition/…/submit-form), which carries the business key. Shown at the
 * bottom left, clear of the header's menus and of a task form's 保存 / 完了 at the bottom right,
 * until it is closed or the person logs out (Tasklist shows its login form without loading the
 * page again: the next person must not find it). Loaded through `customScripts` in
 * tasklist/scripts/config.js.
 */
const BANNER = 'tsunagu-started';
const SUBMIT = /\/process-definition\/[^/]+\/submit-form$/;

function showNumber(businessKey) {
  let banner = document.getElementById(BANNER);
  if (!banner) {
    banner = document.createElement('div');
    banner.id = BANNER;
    banner.setAttribute('role', 'status');
    banner.style.cssText = 'position:fixed;bottom:40px;left:16px;z-index:2000;max-width:28em;padding:12px 16px;'
      + 'background:#e8f4ea;border:1px solid #5a9e6f;border-radius:4px;color:#1d3b26;font-size:14px;'
      + 'box-shadow:0 2px 6px rgba(0,0,0,.15)';
    document.body.appendChild(banner);
  }
  banner.textContent = '';
  const text = document.createElement('div');
  text.textContent = '受け付けました。案件番号は ' + businessKey + ' です。';
  const link = document.createElement('a');
  link.href = '/my-requests';
  link.textContent = '申込の状況で進み具合を確かめる';
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '閉じる';
  close.style.cssText = 'margin-left:1em';
  close.onclick = () => banner.remove();
  banner.append(text, link, close);
}

new MutationObserver(() => {
  const banner = document.getElementById(BANNER);
  if (banner && document.querySelector('input[type="password"]')) {
    banner.remove();
  }
}).observe(document.documentElement, { subtree: true, childList: true });

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (method === 'POST' && SUBMIT.test(String(url).split('?')[0])) {
    this.addEventListener('load', () => {
      if (this.status !== 200) {
        return;
      }
      try {
        const started = JSON.parse(this.responseText);
        if (started && started.businessKey) {
          showNumber(started.businessKey);
        }
      } catch (notJson) {
        // nothing to say
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

/*
 * 贯标认证奖励: Chinese for the few texts that Camunda 7.24 writes in English without a locale key (so that
 * locales/zh.json cannot reach them):
 *  - the names of the apps in the header's app menu (home icon): "Welcome", "Admin", "Cockpit", "Tasklist";
 *  - the validation messages of Camunda Forms (form-js), e.g. "Field must have maximum length of 2000.";
 *  - the month and weekday names of the date pickers (AngularJS $locale, e.g. of 设置跟进日期), "November 2026";
 *  - the pager of a form's table ("1 of 3", "Previous page", "Next page"), e.g. of 审定拟奖励名单;
 *  - Cockpit's variables table header "Actions" (and its "Upload" link), and the bare "null" Cockpit writes for an
 *    empty field, e.g. 上级流程实例 ID of a process instance that was not started by another one ("无", as the
 *    *_NULL keys of locales/zh.json read).
 * Only when the app shows Chinese, i.e. unless the browser's first language is English (the choice that
 * app-config.js makes with availableLocales ['zh', 'en'] and fallbackLocale 'zh'). One file for the four apps:
 * app-config.js loads it with customScripts ['../guanbiao/zh-fixes'].
 */
const APP_NAMES = {welcome: '首页', admin: '系统管理', cockpit: '流程监控', tasklist: '审核任务'};

const FORM_MESSAGES = [
  [/^Field is required\.$/, '此项为必填项。'],
  [/^Field must have minimum length of (.+)\.$/, '长度不得少于 $1 个字符。'],
  [/^Field must have maximum length of (.+)\.$/, '长度不得超过 $1 个字符。'],
  [/^Field must have minimum value of (.+)\.$/, '不得小于 $1。'],
  [/^Field must have maximum value of (.+)\.$/, '不得大于 $1。'],
  [/^Field must match pattern (.+)\.$/, '格式不符合要求（$1）。'],
  [/^Field must be a valid email\.$/, '请输入有效的电子邮箱地址。'],
  [/^Field must be a valid +international phone number\. \(e\.g\. (.+)\)$/, '请输入有效的国际格式电话号码（例如 $1）。']
];

const ANGULAR_DATES = {
  MONTH: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
  STANDALONEMONTH: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
  SHORTMONTH: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  DAY: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
  SHORTDAY: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  AMPMS: ['上午', '下午']
};
let angularDatesDone = false;

const TABLE_PAGER_BUTTONS = {'Previous page': '上一页', 'Next page': '下一页'};

function browserPrefersEnglish() {
  const languages = window.navigator.languages;
  const first = (languages && languages[0]) || window.navigator.language || '';
  return first.split('-')[0].toLowerCase() === 'en';
}

function appNames() {
  document.querySelectorAll('[cam-widget-header] .app-switch .dropdown-menu > li').forEach(item => {
    const app = Object.keys(APP_NAMES).find(name => item.classList.contains(name));
    const link = item.querySelector('a');
    if (app && link && link.textContent.trim() !== APP_NAMES[app]) {
      link.textContent = APP_NAMES[app];
    }
  });
}

function formMessages() {
  document.querySelectorAll('.fjs-form-field-error').forEach(error => {
    const texts = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const text = node.nodeValue.trim();
      const message = FORM_MESSAGES.find(([english]) => english.test(text));
      if (message) {
        node.nodeValue = text.replace(message[0], message[1]);
      }
    }
  });
}

/** "1 of 3" becomes "1 / 3"; the numbers are the form's own text nodes, left to it. */
function tablePagers() {
  document.querySelectorAll('.fjs-table-nav-label').forEach(label => {
    label.childNodes.forEach(node => {
      if (node.nodeType === Node.TEXT_NODE && node.nodeValue === ' of ') {
        node.nodeValue = ' / ';
      }
    });
  });
  document.querySelectorAll('.fjs-table-nav-button').forEach(button => {
    const chinese = TABLE_PAGER_BUTTONS[button.getAttribute('aria-label')];
    if (chinese) {
      button.setAttribute('aria-label', chinese);
      button.setAttribute('title', chinese);
    }
  });
}

/** Static texts of Cockpit's templates: replaced once; the test on the current text keeps this from looping. */
function templateTexts() {
  document.querySelectorAll('table.cam-table > thead td.actions').forEach(cell => {
    if (cell.children.length === 0 && cell.textContent.trim() === 'Actions') {
      cell.textContent = '操作';
    }
  });
  document.querySelectorAll('table.cam-table a[ng-click^="uploadVariable"]').forEach(link => {
    if (link.children.length === 0 && link.textContent.trim() === 'Upload') {
      link.textContent = '上传';
    }
  });
  document.querySelectorAll('.null-value').forEach(value => {
    if (value.children.length === 0 && value.textContent.trim() === 'null') {
      value.textContent = '无';
    }
  });
}

function angularDates() {
  const injector = !angularDatesDone && window.angular && window.angular.element(document).injector();
  if (!injector) {
    return;
  }
  Object.assign(injector.get('$locale').DATETIME_FORMATS, ANGULAR_DATES);
  if (injector.has('uibDatepickerConfig')) {
    Object.assign(injector.get('uibDatepickerConfig'), {formatDayTitle: 'y年M月', formatMonthTitle: 'y年'});
  }
  angularDatesDone = true;
}

if (!browserPrefersEnglish()) {
  new MutationObserver(() => {
    angularDates();
    appNames();
    formMessages();
    tablePagers();
    templateTexts();
  }).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
}

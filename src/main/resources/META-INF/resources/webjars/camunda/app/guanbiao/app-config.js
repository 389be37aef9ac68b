/*
 * 贯标认证奖励 (重庆市知识产权局): what the four apps' scripts/config.js share. Each app's config.js is
 * `export default appConfig('<the app's Chinese name>', {what only that app sets})`.
 */

// The language the app chooses (locales below): English when the browser's first language is English, else Chinese.
const languages = window.navigator.languages;
const english = ((languages && languages[0]) || window.navigator.language || '').split('-')[0].toLowerCase() === 'en';

/** The Chinese text, or the English one in an app that shows English. */
export const text = (zh, en) => (english ? en : zh);

export function appConfig(name, own) {
  return {
    // the programme's name instead of "Camunda" (styles/user-styles.css hides Camunda's logo)
    app: {
      name: name,
      vendor: '贯标认证奖励'
    },
    // Simplified Chinese (the project's locales/zh.json) first; English for browsers that prefer it.
    // A browser preferring any other language gets Chinese. (A locale listed here without its file makes
    // the app show an error.)
    locales: {
      availableLocales: ['zh', 'en'],
      fallbackLocale: 'zh'
    },
    // no first-visit "Welcome to Camunda" box
    disableWelcomeMessage: true,
    // Chinese for the app menu, the form messages and the date pickers, which have no locale key in Camunda
    customScripts: ['../guanbiao/zh-fixes'],
    ...own
  };
}

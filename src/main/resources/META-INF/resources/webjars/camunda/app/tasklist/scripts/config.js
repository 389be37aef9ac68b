/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 *
 * Changed for 贯标认证奖励 (重庆市知识产权局): the programme's name instead of "Camunda", Chinese by
 * default (locales/zh.json of this project), no first-visit "Welcome to Camunda" box. The red
 * "migrate to Camunda 8" banner is hidden by styles/user-styles.css (and emptied in zh.json), as are
 * the header's "创建任务" and "发起流程", which reviewers never need.
 */

// The language the app chooses (locales below): English when the browser's first language is English, else Chinese.
const languages = window.navigator.languages;
const english = ((languages && languages[0]) || window.navigator.language || '').split('-')[0].toLowerCase() === 'en';
const text = (zh, en) => (english ? en : zh);

export default {
  app: {
    name: '审核任务',
    vendor: '贯标认证奖励'
  },
  // Simplified Chinese (this project's locales/zh.json) first; English for browsers that prefer it.
  // A browser preferring any other language gets Chinese.
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  // no "Welcome to Camunda" box after the first login
  disableWelcomeMessage: true,
  // Chinese for the app menu and the form messages, which have no locale key in Camunda
  customScripts: ['../guanbiao/zh-fixes'], // shared by the four apps

  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // "locales": {
  //    "availableLocales": ["en", "de"],
  //    "fallbackLocale": "en"
  //  },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: text('认领当前选中的任务', 'claims the currently selected task')
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: text('转到第一个筛选器', 'set the focus to the first filter in the list')
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: text('转到任务列表中的第一项任务', 'sets the focus to the first task in the list')
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: text('转到任务表单的第一个输入框', 'sets the focus to the first input field in a task form')
    }
    // no startProcess shortcut: "发起流程" is hidden (styles/user-styles.css)
  }
};

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
 * "migrate to Camunda 8" banner is hidden by styles/user-styles.css (and emptied in zh.json).
 */

// The language the app chooses (locales below): English when the browser's first language is English, else Chinese.
const languages = window.navigator.languages;
const english = ((languages && languages[0]) || window.navigator.language || '').split('-')[0].toLowerCase() === 'en';
const text = (zh, en) => (english ? en : zh);

export default {
  app: {
    name: '首页',
    vendor: '贯标认证奖励'
  },
  // Simplified Chinese (this project's locales/zh.json) first; English for browsers that prefer it.
  // A browser preferring any other language gets Chinese.
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  disableWelcomeMessage: true,
  // Chinese for the app menu and the form messages, which have no locale key in Camunda
  customScripts: ['../guanbiao/zh-fixes'], // shared by the four apps
  // the programme's own pages instead of the default link to Camunda's documentation
  links: [
    {
      label: text('拟奖励公示', 'Public notice of proposed awards'),
      href: '/public/notices',
      description: text('公示中的拟奖励名单、异议提交和往期公示', 'Proposed awards in public notice, objections, past notices')
    },
    {
      label: text('项目统计', 'Programme dashboard'),
      href: '/admin/dashboard',
      description: text('办理进度、区县、类型、预算和各环节用时（市知识产权局、系统管理员）',
          'Status, districts, types, budget and days per step (municipal IP office, administrators)')
    }
  ],

  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'welcome' folder)
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
  // links: [
  //   {
  //     label: 'Angular.js Docs',
  //     href: 'https://code.angularjs.org/1.2.16/docs',
  //     description: 'Almost interesting'
  //   },
  //   {
  //     label: 'XKCD',
  //     href: 'http://xkcd.org',
  //     description: 'Nerdy comic'
  //   },
  //   {
  //     label: 'Slashdot',
  //     href: 'https://slashdot.org',
  //     description: 'News for nerds, stuff that matter'
  //   }
  // ],
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false
};

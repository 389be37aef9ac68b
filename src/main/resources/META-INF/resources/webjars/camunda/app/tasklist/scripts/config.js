/*
 * 贯标认证奖励 (重庆市知识产权局): this app's Camunda configuration. What the four apps share (the programme's
 * name, Chinese first, no welcome box, zh-fixes) is in ../../guanbiao/app-config.js; see Camunda's documentation
 * ("Webapps → Configuration") for the other options. The header's "创建任务" and "发起流程", which reviewers never
 * need, are hidden by styles/user-styles.css.
 */

import {appConfig, text} from '../../guanbiao/app-config.js';

export default appConfig('审核任务', {
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
});

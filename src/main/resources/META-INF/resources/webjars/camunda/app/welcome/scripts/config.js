/*
 * 贯标认证奖励 (重庆市知识产权局): this app's Camunda configuration. What the four apps share (the programme's
 * name, Chinese first, no welcome box, zh-fixes) is in ../../guanbiao/app-config.js; see Camunda's documentation
 * ("Webapps → Configuration") for the other options.
 */

import {appConfig, text} from '../../guanbiao/app-config.js';

export default appConfig('首页', {
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
  ]
});

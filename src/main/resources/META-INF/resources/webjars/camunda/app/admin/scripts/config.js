/*
 * 贯标认证奖励 (重庆市知识产权局): this app's Camunda configuration. What the four apps share (the programme's
 * name, Chinese first, no welcome box, zh-fixes) is in ../../guanbiao/app-config.js; see Camunda's documentation
 * ("Webapps → Configuration") for the other options.
 */

import {appConfig} from '../../guanbiao/app-config.js';

export default appConfig('系统管理', {});

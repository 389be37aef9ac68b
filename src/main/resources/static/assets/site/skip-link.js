/*
 * The skip link moves the focus to the page's main content without changing the address's fragment: the applicant's
 * status and evaluation pages keep their tracking token there (#token=…).
 */
document.addEventListener('click', function (event) {
  'use strict';
  var link = event.target.closest ? event.target.closest('a.skip-link') : null;
  if (!link) {
    return;
  }
  var target = document.getElementById(link.getAttribute('href').substring(1));
  if (target) {
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
    }
    target.focus();
    target.scrollIntoView();
  }
});

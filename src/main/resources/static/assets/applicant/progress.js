/*
 * The status page's step indicator: an ordered list of the seven steps, each done, current (aria-current="step"),
 * still to come, or — for a case that ended early — the step where it stopped and those it never reached. Drawn from
 * the "progress" of the status API's answer, which status.js hands over in the event "applicationstatus".
 */
(function () {
  'use strict';

  var STATE_TEXT = {
    DONE: '已完成',
    CURRENT: '当前环节',
    UPCOMING: '尚未开始',
    STOPPED: '在此环节终止',
    NOT_REACHED: '未进行'
  };
  var MARKER = { DONE: '✓', STOPPED: '×' };

  function render(progress) {
    var box = document.getElementById('progress');
    var list = document.getElementById('progress-steps');
    var outcome = document.getElementById('progress-outcome');
    box.hidden = !progress;
    list.textContent = '';
    if (!progress) {
      return;
    }
    var ended = progress.outcome !== 'IN_PROGRESS';
    outcome.hidden = !ended;
    outcome.textContent = ended ? progress.outcomeLabel : '';
    outcome.className = 'progress-outcome ' + progress.outcome;
    (progress.steps || []).forEach(function (step, i) {
      var item = document.createElement('li');
      item.className = 'progress-step ' + step.state;
      item.setAttribute('data-step', step.step);
      item.setAttribute('data-state', step.state);
      if (step.state === 'CURRENT') {
        item.setAttribute('aria-current', 'step');
      }
      var marker = document.createElement('span');
      marker.className = 'progress-marker';
      marker.setAttribute('aria-hidden', 'true');
      marker.textContent = MARKER[step.state] || String(i + 1);
      var label = document.createElement('span');
      label.className = 'progress-label';
      label.textContent = step.label;
      var state = document.createElement('span');
      state.className = 'progress-state';
      state.textContent = STATE_TEXT[step.state] || '';
      item.appendChild(marker);
      item.appendChild(label);
      item.appendChild(state);
      if (step.note) {
        var note = document.createElement('span');
        note.className = 'progress-note';
        note.textContent = step.note;
        item.appendChild(note);
      }
      list.appendChild(item);
    });
  }

  document.addEventListener('applicationstatus', function (event) {
    render(event.detail ? event.detail.progress : null);
  });
}());

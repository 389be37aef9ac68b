/*
 * The application form of the applicant's pages (no framework, no CDN): builds the JSON of DOMAIN §5 from the
 * form, fills the form from it, shows the API's field errors next to their inputs, and uploads files with the
 * tracking token. Everything the user or the server supplied is put into the page as text (textContent), never
 * as HTML.
 */
(function () {
  'use strict';

  var SIGNATURES = [
    [0x25, 0x50, 0x44, 0x46, 0x2D],                   // %PDF-
    [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], // PNG
    [0xFF, 0xD8, 0xFF]                                // JPEG
  ];
  var ARRAY_LABELS = { certificationFees: '费用', priorAwards: '已获奖励', honours: '荣誉称号' };
  var TOKEN_HEADER = 'X-Tracking-Token';
  var errorIds = 0;

  // --- reading and filling the form ---------------------------------------------------------------------------

  function text(value) {
    return value == null || String(value).trim() === '' ? null : String(value);
  }

  /** Yuan as a JSON number when it reads as one (commas and spaces allowed); otherwise as typed, for the server to name. */
  function amount(value) {
    var cleaned = value == null ? '' : String(value).replace(/[,，\s]/g, '');
    if (cleaned === '') {
      return null;
    }
    return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : cleaned;
  }

  function integer(value) {
    var cleaned = value == null ? '' : String(value).trim();
    if (cleaned === '') {
      return null;
    }
    return /^-?\d+$/.test(cleaned) ? Number(cleaned) : cleaned;
  }

  function named(form, name) {
    return form.querySelector('[name="' + name + '"]');
  }

  function rowsOf(form, array) {
    return Array.prototype.slice.call(form.querySelectorAll('[data-array="' + array + '"] [data-role=rows] > .row'));
  }

  function cell(row, name) {
    return row.querySelector('.field[data-name="' + name + '"] input, .field[data-name="' + name + '"] select');
  }

  /** The application as DOMAIN §5 JSON. */
  function collect(form) {
    var value = function (name) { return text(named(form, name).value); };
    return {
      callId: value('callId'),
      orgName: value('orgName'),
      creditCode: value('creditCode'),
      applicantType: value('applicantType'),
      districtCode: value('districtCode'),
      standard: value('standard'),
      certificateNo: value('certificateNo'),
      certificateIssuedOn: value('certificateIssuedOn'),
      certificateExpiresOn: value('certificateExpiresOn'),
      certificationBody: value('certificationBody'),
      auditStage: value('auditStage'),
      honours: Array.prototype.map.call(form.querySelectorAll('input[name=honours]:checked'), function (box) {
        return box.value;
      }),
      certificationFees: rowsOf(form, 'certificationFees').map(function (row) {
        return {
          invoiceNo: text(cell(row, 'invoiceNo').value),
          amount: amount(cell(row, 'amount').value),
          cycle: integer(cell(row, 'cycle').value),
          stage: text(cell(row, 'stage').value),
          kind: text(cell(row, 'kind').value)
        };
      }),
      priorAwards: rowsOf(form, 'priorAwards').map(function (row) {
        return { level: text(cell(row, 'level').value), amount: amount(cell(row, 'amount').value) };
      }),
      contactName: value('contactName'),
      contactEmail: value('contactEmail'),
      contactPhone: value('contactPhone')
    };
  }

  function shownAmount(value) {
    return typeof value === 'number' ? value.toFixed(2) : (value == null ? '' : String(value));
  }

  /** Fills the form with an application as the API returns it (the JSON of DOMAIN §5). */
  function fill(form, application) {
    var set = function (name, value) { named(form, name).value = value == null ? '' : value; };
    ['callId', 'orgName', 'creditCode', 'applicantType', 'districtCode', 'certificateNo', 'certificateIssuedOn',
      'certificateExpiresOn', 'certificationBody', 'auditStage', 'contactName', 'contactEmail', 'contactPhone']
      .forEach(function (name) { set(name, application[name]); });
    syncStandards(form);
    set('standard', application.standard);
    syncBody(form);
    var callId = form.querySelector('[data-role=call-id]');
    if (callId) {
      callId.textContent = application.callId || '';
    }
    var honours = application.honours || [];
    form.querySelectorAll('input[name=honours]').forEach(function (box) {
      box.checked = honours.indexOf(box.value) >= 0;
    });
    ['certificationFees', 'priorAwards'].forEach(function (array) {
      rowsOf(form, array).forEach(function (row) { row.remove(); });
      (application[array] || []).forEach(function (item) { addRow(form, array, item); });
    });
  }

  // --- repeatable rows ----------------------------------------------------------------------------------------

  function addRow(form, array, values) {
    var template = form.querySelector('template[data-template="' + array + '"]');
    var row = template.content.firstElementChild.cloneNode(true);
    form.querySelector('[data-array="' + array + '"] [data-role=rows]').appendChild(row);
    if (values) {
      Object.keys(values).forEach(function (name) {
        var input = cell(row, name);
        if (input) {
          input.value = name === 'amount' ? shownAmount(values[name]) : (values[name] == null ? '' : values[name]);
        }
      });
    }
    renumber(form, array);
    return row;
  }

  /** Row i answers to the errors of {@code array[i]}: its data-field, ids and title follow its position. */
  function renumber(form, array) {
    rowsOf(form, array).forEach(function (row, i) {
      var path = array + '[' + i + ']';
      row.setAttribute('data-field', path);
      row.querySelector('[data-role=row-title]').textContent = ARRAY_LABELS[array] + ' 第 ' + (i + 1) + ' 项';
      row.querySelectorAll('.field[data-name]').forEach(function (field) {
        var name = field.getAttribute('data-name');
        var input = field.querySelector('input, select');
        field.setAttribute('data-field', path + '.' + name);
        input.id = 'f-' + array + '-' + i + '-' + name;
        field.querySelector('label').htmlFor = input.id;
      });
    });
  }

  // --- dependent inputs ---------------------------------------------------------------------------------------

  /** Only the standards of the chosen applicant type can be chosen. */
  function syncStandards(form) {
    var type = named(form, 'applicantType').value;
    var select = named(form, 'standard');
    var matching = [];
    Array.prototype.forEach.call(select.options, function (option) {
      if (!option.value) {
        return;
      }
      var fits = !type || option.getAttribute('data-types') === type;
      option.hidden = !fits;
      option.disabled = !fits;
      if (fits) {
        matching.push(option);
      }
    });
    if (select.selectedIndex > 0 && select.options[select.selectedIndex].disabled) {
      select.value = '';
    }
    if (!select.value && type && matching.length === 1) {
      select.value = matching[0].value;
    }
  }

  /** What the reference list says of the typed certification body. */
  function syncBody(form) {
    var input = named(form, 'certificationBody');
    var status = form.querySelector('[data-role=body-status]');
    var name = input.value.trim();
    var known = Array.prototype.find.call(form.querySelector('datalist').options, function (option) {
      return option.value === name;
    });
    if (!name) {
      status.textContent = '';
    } else if (known) {
      status.textContent = '认证机构名录：' + known.getAttribute('data-describe');
    } else {
      status.textContent = '该机构不在本系统的认证机构名录中，请核对名称是否与证书上的一致；未经批准的认证机构颁发的证书不予奖励。';
    }
  }

  // --- errors -------------------------------------------------------------------------------------------------

  function clearErrors(root) {
    root.querySelectorAll('.invalid').forEach(function (element) { element.classList.remove('invalid'); });
    root.querySelectorAll('[aria-invalid]').forEach(function (element) { element.removeAttribute('aria-invalid'); });
    root.querySelectorAll('.error').forEach(function (element) { element.textContent = ''; });
    var summary = root.querySelector('[data-role=summary]');
    if (summary) {
      summary.hidden = true;
      summary.querySelector('[data-role=summary-list]').textContent = '';
    }
  }

  /** The element that shows the errors of a field: the field itself, else its row, else its list. */
  function targetOf(root, field) {
    var path = field || '';
    while (path) {
      var target = root.querySelector('[data-field="' + cssEscape(path) + '"]');
      if (target) {
        return target;
      }
      var cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
      if (cut <= 0) {
        return null;
      }
      path = path.substring(0, cut);
    }
    return null;
  }

  function cssEscape(value) {
    return window.CSS && CSS.escape ? CSS.escape(value) : value.replace(/["\\]/g, '\\$&');
  }

  function focusable(target) {
    if (target.matches('input, select, textarea')) {
      return target;
    }
    return target.querySelector('input:not([type=hidden]), select, textarea');
  }

  /** "费用 第 2 项：" for an error of certificationFees[1].amount. */
  function prefixOf(field) {
    var match = /^(\w+)\[(\d+)\]/.exec(field || '');
    return match && ARRAY_LABELS[match[1]] && match[1] !== 'honours'
      ? ARRAY_LABELS[match[1]] + ' 第 ' + (Number(match[2]) + 1) + ' 项：' : '';
  }

  /**
   * Shows the errors of a problem+json answer ({field, message}) next to their fields and in the summary at the
   * top, and focuses the input of the first one.
   */
  function showErrors(root, errors, title) {
    clearErrors(root);
    var first = null;
    var summary = root.querySelector('[data-role=summary]');
    var list = summary ? summary.querySelector('[data-role=summary-list]') : null;
    errors.forEach(function (error) {
      var message = error.message || '';
      var target = targetOf(root, error.field);
      if (target) {
        var box = target.querySelector(':scope > .error');
        var shown = prefixOf(error.field) && target.matches('[data-array]') ? prefixOf(error.field) + message : message;
        box.textContent = box.textContent ? box.textContent + '；' + shown : shown;
        target.classList.add('invalid');
        var input = focusable(target);
        if (input) {
          if (!box.id) {
            box.id = 'error-' + (++errorIds);
          }
          input.setAttribute('aria-invalid', 'true');
          input.setAttribute('aria-describedby', box.id);
        }
        if (!first) {
          first = input || target;
        }
      }
      if (list) {
        var item = document.createElement('li');
        item.textContent = prefixOf(error.field) + message;
        list.appendChild(item);
      }
    });
    if (summary) {
      summary.querySelector('[data-role=summary-title]').textContent = title
        || '提交的内容有误，请按提示修改以下 ' + errors.length + ' 处（已在对应栏目下方标出）：';
      summary.hidden = false;
    }
    var focus = first || summary;
    if (focus) {
      if (!focus.matches('input, select, textarea, button, [tabindex]')) {
        focus.setAttribute('tabindex', '-1');
      }
      focus.focus();
      focus.scrollIntoView({ block: 'center' });
    }
  }

  /** A field's error goes once the applicant changes it. */
  function clearOnEdit(form) {
    var clear = function (event) {
      var field = event.target.closest('.invalid');
      if (field) {
        field.classList.remove('invalid');
        var box = field.querySelector(':scope > .error');
        if (box) {
          box.textContent = '';
        }
        event.target.removeAttribute('aria-invalid');
      }
    };
    form.addEventListener('input', clear);
    form.addEventListener('change', clear);
  }

  // --- files --------------------------------------------------------------------------------------------------

  function sizeText(bytes) {
    if (bytes >= 1024 * 1024) {
      return (Math.floor(bytes / 1024 / 1024 * 10) / 10) + ' MB';
    }
    return Math.max(1, Math.floor(bytes / 1024)) + ' KB';
  }

  function isAccepted(bytes) {
    return SIGNATURES.some(function (signature) {
      return bytes.length >= signature.length && signature.every(function (b, i) { return bytes[i] === b; });
    });
  }

  /** The files chosen in the form's attachment inputs: [{kind, file, field}]. */
  function chosenFiles(form) {
    var files = [];
    form.querySelectorAll('input[type=file][data-kind]').forEach(function (input) {
      Array.prototype.forEach.call(input.files, function (file) {
        files.push({ kind: input.getAttribute('data-kind'), file: file, field: 'attachments.' + input.getAttribute('data-kind') });
      });
    });
    return files;
  }

  /** What can be checked before sending (the server checks again): size, type by content, number. */
  async function checkFiles(form, items, alreadyStored) {
    var maxBytes = Number(form.getAttribute('data-max-bytes'));
    var maxFiles = Number(form.getAttribute('data-max-files'));
    var errors = [];
    for (var i = 0; i < items.length; i++) {
      var item = items[i];
      var name = '文件“' + item.file.name + '”';
      if (item.file.size === 0) {
        errors.push({ field: item.field, message: name + '是空的，请重新选择' });
      } else if (item.file.size > maxBytes) {
        errors.push({ field: item.field, message: name + '超过 ' + sizeText(maxBytes) + '，请压缩或拆分后上传' });
      } else {
        var head = new Uint8Array(await item.file.slice(0, 8).arrayBuffer());
        if (!isAccepted(head)) {
          errors.push({ field: item.field, message: name + '不是 PDF、JPG 或 PNG 格式（按文件内容识别，与文件名无关），请转换后上传' });
        }
      }
    }
    if (items.length && alreadyStored + items.length > maxFiles) {
      errors.push({ field: items[items.length - 1].field,
        message: '每份申请最多 ' + maxFiles + ' 个附件，还可以上传 ' + Math.max(0, maxFiles - alreadyStored) + ' 个' });
    }
    return errors;
  }

  /** Uploads one file; resolves to {ok, attachment} or {ok: false, message}. */
  async function upload(applicationNo, token, kind, file) {
    var body = new FormData();
    body.append('kind', kind);
    body.append('file', file, file.name);
    var headers = {};
    headers[TOKEN_HEADER] = token;
    try {
      var response = await fetch('/api/applications/' + encodeURIComponent(applicationNo) + '/attachments',
        { method: 'POST', headers: headers, body: body });
      if (response.status === 201) {
        return { ok: true, attachment: await response.json() };
      }
      var message = '上传失败（HTTP ' + response.status + '）';
      try {
        var problem = await response.json();
        message = (problem.errors && problem.errors[0] && problem.errors[0].message) || problem.detail || message;
      } catch (notJson) { /* keep the status */ }
      return { ok: false, message: message };
    } catch (network) {
      return { ok: false, message: '网络连接失败' };
    }
  }

  /** Uploads the files one after the other, telling progress; resolves to the failures [{file, field, message}]. */
  async function uploadAll(applicationNo, token, items, progress) {
    var failures = [];
    for (var i = 0; i < items.length; i++) {
      progress.textContent = '正在上传附件（' + (i + 1) + '/' + items.length + '）：' + items[i].file.name;
      var result = await upload(applicationNo, token, items[i].kind, items[i].file);
      if (!result.ok) {
        failures.push({ file: items[i].file, field: items[i].field, message: result.message });
      }
    }
    return failures;
  }

  // --- setting up ---------------------------------------------------------------------------------------------

  /** The chosen files' names, in Chinese, beside each file button (the browser's own text may not be). */
  function showChosenFiles(input) {
    var names = input.closest('.file-picker') && input.closest('.file-picker').querySelector('[data-role=file-names]');
    if (!names) {
      return;
    }
    var chosen = Array.prototype.map.call(input.files, function (file) { return file.name; });
    names.textContent = chosen.length === 0 ? '未选择文件'
      : (chosen.length === 1 ? '已选择：' : '已选择 ' + chosen.length + ' 个文件：') + chosen.join('、');
  }

  function watchFileInputs(root) {
    root.querySelectorAll('input[type=file]').forEach(function (input) {
      input.addEventListener('change', function () { showChosenFiles(input); });
    });
  }

  function resetFileInputs(root) {
    root.querySelectorAll('input[type=file]').forEach(function (input) {
      input.value = '';
      showChosenFiles(input);
    });
  }

  function init(form) {
    watchFileInputs(form);
    form.addEventListener('click', function (event) {
      var add = event.target.closest('[data-add]');
      if (add) {
        var row = addRow(form, add.getAttribute('data-add'));
        focusable(row).focus();
        return;
      }
      var remove = event.target.closest('[data-remove]');
      if (remove) {
        var removed = remove.closest('.row');
        var array = removed.closest('[data-array]').getAttribute('data-array');
        removed.remove();
        renumber(form, array);
      }
    });
    named(form, 'applicantType').addEventListener('change', function () { syncStandards(form); });
    named(form, 'certificationBody').addEventListener('input', function () { syncBody(form); });
    clearOnEdit(form);
    syncStandards(form);
  }

  function statusPage(applicationNo, token) {
    return '/applications/' + encodeURIComponent(applicationNo) + '#token=' + encodeURIComponent(token);
  }

  window.ApplicantForm = {
    TOKEN_HEADER: TOKEN_HEADER,
    init: init,
    collect: collect,
    fill: fill,
    addRow: addRow,
    showErrors: showErrors,
    clearErrors: clearErrors,
    chosenFiles: chosenFiles,
    checkFiles: checkFiles,
    upload: upload,
    uploadAll: uploadAll,
    sizeText: sizeText,
    watchFileInputs: watchFileInputs,
    resetFileInputs: resetFileInputs,
    statusPage: statusPage
  };
}());

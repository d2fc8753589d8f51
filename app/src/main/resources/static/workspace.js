// The workspace page: everything through the workspace HTTP API (/api/workspace), no framework.
// Answers stream as server-sent events read from a fetch body (EventSource cannot POST).
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') || '';
  const CSRF = { header: meta('_csrf_header'), token: meta('_csrf') };
  const DATA_CLASSES = {
    PUBLIC: 'Published or publishable text. Sent as written.',
    INTERNAL: 'Company-internal text with no customer data. Sent as written.',
    CUSTOMER: 'Text about riders, drivers or customers. Personal data (names, phone numbers, e-mail, addresses, '
      + 'card and social security numbers) is masked before it leaves Onramp and restored in the answer.',
    RESTRICTED: 'The most sensitive data. Masked like customer data, and sent only to models approved for it.',
  };
  const MASKED_CLASSES = ['CUSTOMER', 'RESTRICTED'];
  const TEXT_TYPES = ['pdf', 'docx', 'txt', 'md', 'markdown', 'csv', 'eml'];
  const FILE_TYPES = [...TEXT_TYPES, 'png', 'jpg', 'jpeg', 'gif', 'webp'];

  const state = {
    me: null,
    templates: [],
    template: null,
    conversation: $('workspace').dataset.conversation || null,
    dataClass: 'CUSTOMER',
    abort: null,
    searchTimer: 0,
  };

  /** An API error: its HTTP status, the error type and a message fit to show. */
  class ApiError extends Error {
    constructor(status, type, message) {
      super(message);
      this.status = status;
      this.type = type;
    }
  }

  async function errorOf(response) {
    let type = 'http_' + response.status;
    let message = '';
    try {
      const body = await response.json();
      const e = body && body.error ? body.error : body;
      type = e.type || type;
      message = [e.message, e.suggestion].filter(Boolean).join(' ');
    } catch (ignored) {
      // not JSON: say what happened in words below
    }
    if (!message) {
      message = response.status === 401
        ? 'Your session has ended. Sign in again and retry.'
        : response.status === 403
          ? 'You are not allowed to do that.'
          : `The server answered ${response.status}. Try again in a moment.`;
    }
    return new ApiError(response.status, type, message);
  }

  async function api(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (method !== 'GET' && CSRF.header) headers[CSRF.header] = CSRF.token;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response;
    try {
      response = await fetch(path, {
        method, headers, credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      throw new ApiError(0, 'network', 'Onramp cannot be reached. Check your connection and try again.');
    }
    if (!response.ok) throw await errorOf(response);
    return response.status === 204 ? null : response.json();
  }

  // ---- server-sent events from a fetch body --------------------------------------------------

  function parseEvent(block) {
    let event = 'message';
    const data = [];
    for (const line of block.split('\n')) {
      if (!line || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    return data.length ? { event, data: data.join('\n') } : null;
  }

  async function* events(response) {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      // a lone \r at the end may be half of \r\n: keep it until the next chunk
      buffer = (buffer + value).replace(/\r\n|\r(?!$)/g, '\n');
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const parsed = parseEvent(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        if (parsed) yield parsed;
      }
    }
    const last = parseEvent(buffer.replace(/\r$/, ''));
    if (last) yield last;
  }

  // ---- small formatting helpers ---------------------------------------------------------------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'text') node.textContent = v;
      else if (k === 'class') node.className = v;
      else node.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children) if (c !== null && c !== undefined) node.append(c);
    return node;
  }

  function when(iso) {
    if (!iso) return '';
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return String(iso);
    return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  }

  function day(iso) {
    if (!iso) return '';
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? String(iso) : d.toLocaleDateString(undefined, { dateStyle: 'medium' });
  }

  function bytes(n) {
    if (n >= 1024 * 1024) return (n / 1024 / 1024).toFixed(n >= 10 * 1024 * 1024 ? 0 : 1) + ' MB';
    if (n >= 1024) return Math.round(n / 1024) + ' KB';
    return n + ' bytes';
  }

  function usageLine(run) {
    const parts = [];
    if (run.model) parts.push(run.model);
    if (run.dataClass) parts.push(run.dataClass + ' data');
    const u = run.usage;
    const none = u && !Number(u.inputTokens) && !Number(u.outputTokens) && !Number(u.costUsd);
    if (u && !none) {
      const tokens = `${(u.inputTokens ?? 0).toLocaleString()} tokens in, ${(u.outputTokens ?? 0).toLocaleString()} out`;
      const cached = (u.cacheReadTokens ?? 0) > 0 ? ` (${u.cacheReadTokens.toLocaleString()} from cache)` : '';
      parts.push(tokens + cached);
      if (u.costUsd !== undefined && u.costUsd !== null) {
        const cost = Number(u.costUsd);
        parts.push(Number.isFinite(cost) ? '$' + (cost < 0.01 ? cost.toFixed(4) : cost.toFixed(2)) : '$' + u.costUsd);
      }
    }
    return parts.join(' · ');
  }

  function showError(node, message) {
    node.textContent = message;
    node.hidden = !message;
  }

  // ---- who, models, data classes, templates ---------------------------------------------------

  async function loadMe() {
    const me = await api('GET', '/api/workspace/me');
    state.me = me;
    $('who').textContent = [me.displayName || me.username, me.team ? 'team ' + me.team : ''].filter(Boolean).join(' · ');
    const limits = me.limits || {};
    const hints = [];
    if (limits.maxFileBytes) hints.push(`up to ${bytes(limits.maxFileBytes)} each`);
    if (limits.maxPages) hints.push(`${limits.maxPages} pages at most`);
    $('files-hint').textContent = hints.length ? 'Files: ' + hints.join(', ') + '. Their text is read inside Onramp.' : '';
    renderDataClasses(me.dataClasses && me.dataClasses.length ? me.dataClasses : Object.keys(DATA_CLASSES));
    if (me.vendor === 'off') {
      showError($('unavailable'), 'No model vendor is configured for this Onramp, so prompts cannot run now. '
        + 'Your history, exports and deletion still work.');
    }
    renderModels();
  }

  function renderDataClasses(classes) {
    const box = $('data-class-options');
    box.replaceChildren();
    for (const c of classes) {
      const id = 'dc-' + c.toLowerCase();
      const input = el('input', { type: 'radio', name: 'dataClass', id, value: c });
      input.addEventListener('change', () => setDataClass(c));
      box.append(el('label', { class: 'check', for: id }, input, ' ' + c.charAt(0) + c.slice(1).toLowerCase()));
    }
    setDataClass(state.dataClass);
  }

  function setDataClass(c) {
    state.dataClass = c;
    const radio = $('dc-' + c.toLowerCase());
    if (radio) radio.checked = true;
    $('data-class-hint').textContent = DATA_CLASSES[c] || '';
    $('names-field').hidden = !MASKED_CLASSES.includes(c);
    renderModels();
  }

  function renderModels() {
    const select = $('model');
    const models = state.me ? state.me.models || [] : [];
    const previous = select.value;
    select.replaceChildren();
    let allowed = 0;
    for (const m of models) {
      const ok = !m.dataClasses || m.dataClasses.includes(state.dataClass);
      if (ok) allowed++;
      select.append(el('option', {
        value: m.id, disabled: !ok,
        text: ok ? m.id : `${m.id} (not for ${state.dataClass.toLowerCase()} data)`,
      }));
    }
    const keep = [...select.options].find((o) => o.value === previous && !o.disabled);
    const first = [...select.options].find((o) => !o.disabled);
    if (keep) select.value = keep.value;
    else if (first) select.value = first.value;
    const hint = $('model-hint');
    if (!state.me) hint.textContent = '';
    else if (models.length === 0) hint.textContent = 'No model is allowed for you. Ask your admin.';
    else if (allowed === 0) hint.textContent = `No model you may use accepts ${state.dataClass.toLowerCase()} data. Choose another data class.`;
    else hint.textContent = allowed < models.length ? 'Models greyed out are not approved for this data class.' : '';
    updateSend();
  }

  function updateSend() {
    const busy = state.abort !== null;
    const noModel = !$('model').value || $('model').selectedOptions[0]?.disabled;
    const off = state.me && state.me.vendor === 'off';
    $('send').disabled = busy || noModel || off || !state.me;
    $('stop').hidden = !busy;
  }

  async function loadTemplates() {
    try {
      const list = await api('GET', '/api/workspace/templates');
      state.templates = Array.isArray(list) ? list : list.templates || [];
    } catch (e) {
      $('template-description').textContent = 'Templates are unavailable: ' + e.message;
      return;
    }
    const select = $('template');
    for (const t of state.templates) {
      select.append(el('option', { value: t.id, text: t.name || t.id }));
    }
  }

  async function chooseTemplate() {
    const id = $('template').value;
    const fields = $('variable-fields');
    fields.replaceChildren();
    state.template = null;
    $('variables').hidden = true;
    $('template-description').textContent = '';
    $('prompt-label').textContent = 'Prompt';
    if (!id) return;
    let t = state.templates.find((x) => x.id === id) || {};
    if (!Array.isArray(t.variables)) {
      try {
        t = await api('GET', '/api/workspace/templates/' + encodeURIComponent(id));
      } catch (e) {
        $('template-description').textContent = 'This template cannot be loaded: ' + e.message;
        return;
      }
    }
    state.template = t;
    $('template-description').textContent = t.description || '';
    $('prompt-label').textContent = 'Anything to add (optional)';
    $('variables-legend').textContent = (t.name || t.id) + ': fields';
    for (const v of t.variables || []) fields.append(variableField(v));
    $('variables').hidden = (t.variables || []).length === 0;
    const dc = t.defaultDataClass || t.dataClass;
    if (dc) setDataClass(dc);
  }

  function variableField(v) {
    const id = 'var-' + v.name;
    const type = String(v.type || 'TEXT').toUpperCase();
    const described = v.help ? id + '-help' : undefined;
    const common = { id, name: v.name, required: !!v.required, 'aria-describedby': described, 'data-type': type };
    let input;
    if (type === 'LONG_TEXT') input = el('textarea', { ...common, rows: 5 });
    else if (type === 'DATE') input = el('input', { ...common, type: 'date' });
    else if (type === 'FILE') {
      input = el('input', { ...common, type: 'file', accept: TEXT_TYPES.map((x) => '.' + x).join(',') });
    } else if (type === 'CHOICE') {
      input = el('select', common, el('option', { value: '', text: v.required ? 'Choose…' : '(none)' }));
      for (const c of v.choices || []) {
        const value = typeof c === 'string' ? c : c.value;
        input.append(el('option', { value, text: typeof c === 'string' ? c : c.label || c.value }));
      }
    } else input = el('input', { ...common, type: 'text' });
    const label = el('label', { for: id }, v.label || v.name, v.required ? el('span', { class: 'req', text: ' (required)' }) : null);
    return el('div', { class: 'ws-field' }, label, input,
      v.help ? el('p', { class: 'hint', id: described, text: v.help }) : null);
  }

  // ---- history ------------------------------------------------------------------------------

  async function loadHistory() {
    const q = $('history-q').value.trim();
    const list = $('history-list');
    let items;
    try {
      items = await api('GET', '/api/workspace/conversations?limit=50' + (q ? '&q=' + encodeURIComponent(q) : ''));
    } catch (e) {
      $('history-status').textContent = 'History is unavailable: ' + e.message;
      return;
    }
    list.replaceChildren();
    for (const c of items) {
      const current = c.id === state.conversation;
      const facts = [day(c.updatedAt), c.runs === 1 ? '1 prompt' : `${c.runs} prompts`, c.dataClass].filter(Boolean);
      list.append(el('li', { class: current ? 'current' : null },
        el('a', { href: '/workspace/c/' + encodeURIComponent(c.id), 'aria-current': current ? 'page' : null,
          text: c.title || 'Untitled' }),
        el('span', { class: 'hint', text: facts.join(' · ') })));
    }
    $('history-status').textContent = q
      ? (items.length === 0 ? `No conversation matches “${q}”.`
        : `${items.length} ${items.length === 1 ? 'conversation matches' : 'conversations match'} “${q}”.`)
      : (items.length === 0 ? 'No conversations yet.' : '');
  }

  // ---- one conversation ---------------------------------------------------------------------

  async function loadConversation() {
    let c;
    try {
      c = await api('GET', '/api/workspace/conversations/' + encodeURIComponent(state.conversation));
    } catch (e) {
      const message = e.status === 404 ? 'This conversation does not exist or is not yours.' : e.message;
      showError($('unavailable'), message);
      state.conversation = null;
      history.replaceState(null, '', '/workspace');
      return;
    }
    showConversation(c);
    $('turns').replaceChildren(...(c.runs || []).map((r) => renderTurn(turnNode(), r)));
    if (c.dataClass) setDataClass(c.dataClass);
  }

  function showConversation(c) {
    $('start').hidden = true;
    $('conversation').hidden = false;
    $('conversation-title').textContent = c.title || 'Untitled';
    document.title = (c.title || 'Conversation') + ' · Workspace · Onramp';
    const facts = [];
    if (c.dataClass) facts.push(c.dataClass + ' data');
    if (c.deleteAfter) facts.push('deleted automatically after ' + day(c.deleteAfter));
    $('conversation-meta').textContent = facts.join(' · ');
    const base = '/api/workspace/conversations/' + encodeURIComponent(c.id) + '/export?format=';
    $('export-markdown').href = base + 'markdown';
    $('export-text').href = base + 'text';
  }

  async function refreshConversationHead() {
    try {
      const c = await api('GET', '/api/workspace/conversations/' + encodeURIComponent(state.conversation));
      showConversation(c);
      return c;
    } catch (e) {
      return null;
    }
  }

  function turnNode() {
    return $('turn-template').content.firstElementChild.cloneNode(true);
  }

  /** Fills a turn from a run (stored, or as far as it has arrived). */
  function renderTurn(li, run) {
    if (run.id) li.dataset.run = run.id;
    const t = run.template;
    const id = t && typeof t === 'object' ? t.id : t;
    const known = state.templates.find((x) => x.id === id);
    const template = known ? known.name : t && typeof t === 'object' ? t.name || t.id : t;
    const facts = [template ? 'template: ' + template : null, when(run.startedAt)];
    li.querySelector('.ws-meta').textContent = facts.filter(Boolean).join(' · ');
    li.querySelector('.ws-prompt').textContent = run.prompt ?? '';
    renderAttachments(li, run.attachments || []);
    renderMasked(li, run.prompt ?? '', run.masked || []);
    li.querySelector('.ws-answer').textContent = run.answer ?? '';
    renderState(li, run.status, run.error);
    li.querySelector('.ws-usage').textContent = usageLine(run);
    renderSections(li, run.sections);
    return li;
  }

  /** A template's output sections (e.g. the reply and the internal summary), each to copy alone. */
  function renderSections(li, sections) {
    const actions = li.querySelector('.ws-turn-actions');
    actions.querySelectorAll('.ws-copy-section').forEach((b) => b.remove());
    for (const [name, text] of Object.entries(sections || {})) {
      if (!text) continue;
      const b = el('button', { type: 'button', class: 'small secondary ws-copy-section', 'data-section': name,
        text: 'Copy ' + name.replaceAll('_', ' ') });
      b.dataset.text = text;
      actions.insertBefore(b, actions.querySelector('.ws-copied'));
    }
  }

  function renderAttachments(li, attachments) {
    const ul = li.querySelector('.ws-attachments');
    ul.replaceChildren(...attachments.map((a) => {
      const facts = [a.mediaType, a.pages ? (a.pages === 1 ? '1 page' : a.pages + ' pages') : null,
        a.sizeBytes ? bytes(a.sizeBytes) : null].filter(Boolean);
      return el('li', { text: `Attached: ${a.fileName || a.name}${facts.length ? ' (' + facts.join(', ') + ')' : ''}` });
    }));
  }

  function renderMasked(li, prompt, masked) {
    const box = li.querySelector('.ws-masked');
    box.hidden = masked.length === 0;
    if (!masked.length) return;
    box.querySelector('summary').textContent = masked.length === 1
      ? '1 item was masked before the prompt left Onramp'
      : `${masked.length} items were masked before the prompt left Onramp`;
    box.querySelector('tbody').replaceChildren(...masked.map((m) => el('tr', {},
      el('td', { 'data-label': 'Kind', text: String(m.type || '').toLowerCase().replaceAll('_', ' ') }),
      el('td', { 'data-label': 'Placeholder' }, el('mark', { text: m.placeholder })),
      el('td', { 'data-label': 'Original', text: m.original }))));
    box.querySelector('.ws-sent').replaceChildren(...asSent(prompt, masked));
  }

  /**
   * The prompt as the model received it: each original replaced by its placeholder, and every
   * placeholder highlighted. A prompt already holding placeholders is highlighted as it is.
   */
  function asSent(prompt, masked) {
    const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const byText = new Map();
    for (const m of masked) {
      if (m.placeholder) byText.set(m.placeholder, m);
      if (m.original) byText.set(m.original, m);
    }
    const keys = [...byText.keys()].sort((a, b) => b.length - a.length);
    if (!keys.length) return [prompt];
    const pattern = new RegExp(keys.map(escape).join('|'), 'g');
    const out = [];
    let at = 0;
    for (const match of prompt.matchAll(pattern)) {
      if (match.index > at) out.push(prompt.slice(at, match.index));
      const m = byText.get(match[0]);
      out.push(el('mark', { title: `${String(m.type || '').toLowerCase()}: stood for “${m.original}”`, text: m.placeholder }));
      at = match.index + match[0].length;
    }
    if (at < prompt.length) out.push(prompt.slice(at));
    return out;
  }

  function renderState(li, status, message) {
    const p = li.querySelector('.ws-state');
    const box = li.querySelector('.ws-answer-box');
    box.classList.remove('partial', 'failed', 'refused', 'streaming');
    let text = '';
    const said = message ? message.charAt(0).toUpperCase() + message.slice(1) : '';
    switch (status) {
      case 'PARTIAL':
        text = 'Partial answer: ' + (said || 'the model stopped part-way. What arrived before is kept below.');
        box.classList.add('partial');
        break;
      case 'FAILED':
        text = 'No answer: ' + (said || 'the model could not be reached.');
        box.classList.add('failed');
        break;
      case 'REFUSED':
        text = 'Refused: ' + (said || 'the run was not allowed.');
        box.classList.add('refused');
        break;
      case 'STREAMING':
        box.classList.add('streaming');
        break;
      default:
        break;
    }
    if (said && (status === 'COMPLETE' || !status)) text = said; // e.g. the answer reached its length limit
    p.textContent = text;
    p.hidden = !text;
    const empty = !li.querySelector('.ws-answer').textContent;
    li.querySelector('.ws-answer').hidden = empty && status !== 'STREAMING';
    li.querySelector('.ws-turn-actions').hidden = status === 'STREAMING' || empty;
  }

  // ---- running a prompt ---------------------------------------------------------------------

  /** Checks the form and gathers the run; returns null (with the error shown and focused) if wrong. */
  function gatherRun() {
    const text = $('prompt').value;
    const variables = {};
    const fileVars = [];
    const t = state.template;
    for (const v of (t && t.variables) || []) {
      const input = $('var-' + v.name);
      const type = input.dataset.type;
      if (type === 'FILE') {
        const f = input.files[0];
        if (!f && v.required) return fail(`${v.label || v.name}: choose a file.`, input);
        if (f) {
          const wrong = fileProblem(f, TEXT_TYPES);
          if (wrong) return fail(wrong, input);
          fileVars.push([v.name, f]);
        }
        continue;
      }
      const value = input.value.trim();
      if (!value && v.required) return fail(`${v.label || v.name}: this field is required.`, input);
      if (value) variables[v.name] = value;
    }
    const files = [...$('files').files];
    for (const f of files) {
      const wrong = fileProblem(f);
      if (wrong) return fail(wrong, $('files'));
    }
    if (!t && !text.trim() && files.length === 0) return fail('Write a prompt, or choose a template.', $('prompt'));
    const run = { text, variables, dataClass: state.dataClass, model: $('model').value };
    const names = $('names').value.split(',').map((n) => n.trim()).filter(Boolean);
    if (names.length && MASKED_CLASSES.includes(state.dataClass)) run.names = names;
    if (t) run.template = t.id;
    if (state.conversation) run.conversation = state.conversation;
    return { run, files, fileVars };
  }

  function fileProblem(f, types = FILE_TYPES) {
    const ext = f.name.includes('.') ? f.name.split('.').pop().toLowerCase() : '';
    const max = state.me && state.me.limits ? state.me.limits.maxFileBytes : 0;
    if (!types.includes(ext)) {
      return `${f.name}: this kind of file cannot be read here. Upload PDF, Word (.docx), text, Markdown, CSV`
        + (types === FILE_TYPES ? ', e-mail (.eml) or an image (PNG, JPEG, GIF, WebP).' : ' or e-mail (.eml).');
    }
    if (f.size === 0) return `${f.name}: the file is empty. Choose the file again.`;
    if (max && f.size > max) return `${f.name} is ${bytes(f.size)}; the limit is ${bytes(max)}. Upload a smaller file or only the pages you need.`;
    return null;
  }

  function fail(message, focus) {
    const box = $('composer-error');
    showError(box, message);
    (focus || box).focus();
    return null;
  }

  function pendingTurn(gathered) {
    const li = turnNode();
    const { run, files, fileVars } = gathered;
    const lines = [];
    if (state.template) {
      lines.push('Template: ' + (state.template.name || state.template.id));
      const label = (name) => ((state.template.variables || []).find((v) => v.name === name) || {}).label || name;
      for (const [k, v] of Object.entries(run.variables)) lines.push(`${label(k)}: ${v}`);
      for (const [k, f] of fileVars) lines.push(`${label(k)}: ${f.name}`);
    }
    if (run.text.trim()) lines.push(run.text);
    renderTurn(li, {
      prompt: lines.join('\n'), model: run.model, dataClass: run.dataClass,
      attachments: files.map((f) => ({ fileName: f.name, sizeBytes: f.size })),
    });
    renderState(li, 'STREAMING');
    li.querySelector('.ws-answer').setAttribute('aria-busy', 'true');
    return li;
  }

  function requestBody(gathered) {
    const { run, files, fileVars } = gathered;
    if (!files.length && !fileVars.length) return { body: JSON.stringify(run), type: 'application/json' };
    const form = new FormData();
    form.append('run', new Blob([JSON.stringify(run)], { type: 'application/json' }));
    for (const f of files) form.append('files', f, f.name);
    for (const [name, f] of fileVars) form.append('var.' + name, f, f.name);
    return { body: form, type: null };
  }

  function clearComposer() {
    $('prompt').value = '';
    $('files').value = '';
    $('file-list').replaceChildren();
    for (const input of $('variable-fields').querySelectorAll('input, textarea, select')) input.value = '';
  }

  async function send(event) {
    event.preventDefault();
    if (state.abort) return;
    showError($('composer-error'), '');
    const gathered = gatherRun();
    if (!gathered) return;
    const li = pendingTurn(gathered);
    const { body, type } = requestBody(gathered);
    const headers = { Accept: 'text/event-stream' };
    if (CSRF.header) headers[CSRF.header] = CSRF.token;
    if (type) headers['Content-Type'] = type;
    state.abort = new AbortController();
    updateSend();
    $('send-status').textContent = 'Sending…';
    let started = false;
    let runId = null;
    let finished = null;
    const answer = li.querySelector('.ws-answer');
    try {
      const response = await fetch('/api/workspace/runs', {
        method: 'POST', headers, body, credentials: 'same-origin', signal: state.abort.signal,
      });
      if (!response.ok) throw await errorOf(response);
      const start = (data) => {
        started = true;
        runId = data.id || runId;
        const isNew = !state.conversation;
        state.conversation = data.conversation || state.conversation;
        if (isNew && state.conversation) {
          history.replaceState(null, '', '/workspace/c/' + encodeURIComponent(state.conversation));
          $('workspace').dataset.conversation = state.conversation;
        }
        $('start').hidden = true;
        $('conversation').hidden = false;
        if (!$('turns').contains(li)) $('turns').append(li);
        if (data.masked) renderMasked(li, li.querySelector('.ws-prompt').textContent, data.masked);
        if (data.attachments) renderAttachments(li, data.attachments);
        clearComposer();
        $('send-status').textContent = 'The answer is arriving…';
      };
      if (!(response.headers.get('Content-Type') || '').includes('text/event-stream')) {
        const run = await response.json();
        start(run);
        finished = run;
      } else {
        for await (const { event: name, data } of events(response)) {
          const json = JSON.parse(data);
          if (name === 'start') start(json);
          else if (name === 'delta') {
            if (!started) start({});
            answer.append(json.text || '');
          } else if (name === 'done') {
            if (!started) start(json);
            finished = json;
          } else if (name === 'error') {
            // before 'start' nothing was recorded (too long, no vendor, a bad field): keep the form
            if (!started) throw new ApiError(200, json.type || 'refused', json.message || 'The run was refused.');
            finished = { ...json, status: json.status || 'FAILED', answer: json.answer ?? answer.textContent,
              error: json.error || json.message };
          }
        }
      }
      if (!finished) {
        finished = { status: 'PARTIAL', answer: answer.textContent,
          error: 'The connection closed before the answer was complete.' };
      }
    } catch (e) {
      if (e.name === 'AbortError') {
        finished = { status: 'PARTIAL', answer: answer.textContent, error: 'You stopped it.' };
      } else if (!started) {
        li.remove();
        state.abort = null;
        updateSend();
        $('send-status').textContent = '';
        fail(e instanceof ApiError ? e.message : 'The answer could not be read: ' + e.message);
        return;
      } else {
        finished = { status: 'PARTIAL', answer: answer.textContent, error: 'The connection broke: ' + e.message };
      }
    }
    state.abort = null;
    updateSend();
    answer.removeAttribute('aria-busy');
    const done = finished.status === 'COMPLETE' || finished.status === undefined;
    answer.textContent = finished.answer ?? answer.textContent;
    renderState(li, finished.status || 'COMPLETE', finished.error);
    if (finished.usage || finished.model) li.querySelector('.ws-usage').textContent = usageLine(finished);
    if (finished.masked) renderMasked(li, finished.prompt ?? li.querySelector('.ws-prompt').textContent, finished.masked);
    if (finished.prompt) li.querySelector('.ws-prompt').textContent = finished.prompt;
    renderSections(li, finished.sections);
    $('send-status').textContent = done ? 'Answer complete.' : 'The answer did not complete; see the note above it.';
    runId = finished.id || runId;
    if (state.conversation) {
      const c = await refreshConversationHead();
      const stored = c && (c.runs || []).find((r) => r.id === runId);
      if (stored) renderTurn(li, stored);
    }
    loadHistory();
  }

  function stop() {
    if (state.abort) state.abort.abort();
  }

  // ---- copy, rename, delete -----------------------------------------------------------------

  async function copy(button) {
    const li = button.closest('.ws-turn');
    const text = button.dataset.text ?? li.querySelector('.ws-answer').textContent;
    const said = li.querySelector('.ws-copied');
    try {
      await navigator.clipboard.writeText(text);
      said.textContent = 'Copied.';
    } catch (e) {
      const range = document.createRange();
      range.selectNodeContents(li.querySelector('.ws-answer'));
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      said.textContent = 'Selected: press Ctrl+C to copy.';
    }
    setTimeout(() => { said.textContent = ''; }, 4000);
  }

  function say(message) {
    const p = $('conversation-message');
    p.textContent = message;
    p.hidden = !message;
  }

  function openRename() {
    $('rename-title').value = $('conversation-title').textContent;
    $('rename-form').hidden = false;
    $('conversation-actions').hidden = true;
    $('rename-title').focus();
    $('rename-title').select();
  }

  function closeRename() {
    $('rename-form').hidden = true;
    $('conversation-actions').hidden = false;
    $('rename').focus();
  }

  async function rename(event) {
    event.preventDefault();
    const title = $('rename-title').value.trim();
    if (!title) {
      say('A title cannot be empty.');
      $('rename-title').focus();
      return;
    }
    try {
      await api('PATCH', '/api/workspace/conversations/' + encodeURIComponent(state.conversation), { title });
    } catch (e) {
      say('Not renamed: ' + e.message);
      return;
    }
    $('conversation-title').textContent = title;
    document.title = title + ' · Workspace · Onramp';
    closeRename();
    say('Renamed.');
    loadHistory();
  }

  function askDelete() {
    $('delete-confirm').hidden = false;
    $('conversation-actions').hidden = true;
    $('delete-no').focus();
  }

  function keep() {
    $('delete-confirm').hidden = true;
    $('conversation-actions').hidden = false;
    $('delete').focus();
  }

  async function remove() {
    try {
      await api('DELETE', '/api/workspace/conversations/' + encodeURIComponent(state.conversation));
    } catch (e) {
      keep();
      say('Not deleted: ' + e.message);
      return;
    }
    const title = $('conversation-title').textContent;
    state.conversation = null;
    $('workspace').dataset.conversation = '';
    history.replaceState(null, '', '/workspace');
    document.title = 'Workspace · Onramp';
    $('turns').replaceChildren();
    $('delete-confirm').hidden = true;
    $('conversation-actions').hidden = false;
    $('conversation').hidden = true;
    $('start').hidden = false;
    say('');
    $('send-status').textContent = `“${title}” was deleted, with its answers and files.`;
    $('prompt').focus();
    loadHistory();
  }

  function listFiles() {
    const files = [...$('files').files];
    $('file-list').replaceChildren(...files.map((f) => {
      const wrong = fileProblem(f);
      return el('li', { class: wrong ? 'bad' : null, text: wrong || `${f.name} (${bytes(f.size)})` });
    }));
  }

  // ---- wiring -------------------------------------------------------------------------------

  function wire() {
    $('composer').addEventListener('submit', send);
    $('stop').addEventListener('click', stop);
    $('template').addEventListener('change', chooseTemplate);
    $('model').addEventListener('change', updateSend);
    $('files').addEventListener('change', listFiles);
    $('prompt').addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        $('composer').requestSubmit();
      }
    });
    $('history-search').addEventListener('submit', (e) => {
      e.preventDefault();
      loadHistory();
    });
    $('history-q').addEventListener('input', () => {
      clearTimeout(state.searchTimer);
      state.searchTimer = setTimeout(loadHistory, 300);
    });
    $('rename').addEventListener('click', openRename);
    $('rename-form').addEventListener('submit', rename);
    $('rename-cancel').addEventListener('click', closeRename);
    $('rename-form').addEventListener('keydown', (e) => { if (e.key === 'Escape') closeRename(); });
    $('delete').addEventListener('click', askDelete);
    $('delete-no').addEventListener('click', keep);
    $('delete-yes').addEventListener('click', remove);
    $('delete-confirm').addEventListener('keydown', (e) => { if (e.key === 'Escape') keep(); });
    $('turns').addEventListener('click', (e) => {
      const button = e.target.closest('.ws-copy, .ws-copy-section');
      if (button) copy(button);
    });
    const wide = window.matchMedia('(min-width: 60rem)');
    $('history').open = wide.matches;
    wide.addEventListener('change', () => { $('history').open = wide.matches; });
  }

  async function init() {
    wire();
    updateSend();
    try {
      await loadMe();
    } catch (e) {
      showError($('unavailable'), 'The workspace cannot start: ' + e.message);
      return;
    }
    // the conversation after the templates: a run names its template by id
    await Promise.all([loadHistory(), loadTemplates().then(() => (state.conversation ? loadConversation() : null))]);
    document.body.dataset.ready = 'true';
  }

  init();
})();

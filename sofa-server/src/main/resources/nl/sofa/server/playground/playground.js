// SOFA playground: asks the CDS Hooks service for patient-view cards and shows them as an ECD would.
// Plain JavaScript without a build step or framework. The page's Content-Security-Policy allows no
// inline script or style and nothing from elsewhere, and card text is never parsed as HTML: every
// text from a request or response reaches the page through textContent or a text node.
'use strict';

(() => {
  const DISCOVERY_URL = '/cds-services';
  const SERVICE_ID = 'sofa-patient-view';
  const EXAMPLES_URL = '/playground/examples';
  const USER_ID = 'Practitioner/playground';

  // The text label says what the colour says: colour alone does not reach everyone.
  const INDICATORS = {
    critical: 'Ernstig',
    warning: 'Let op',
    info: 'Ter informatie',
  };

  // Used when the discovery cannot be read (e.g. it needs a token that was not given). The same keys
  // as the service announces by default; only the resource type before '/' or '?' matters here.
  const FALLBACK_PREFETCH = {
    patient: 'Patient/{{context.patientId}}',
    episodeOfCare: 'EpisodeOfCare?patient={{context.patientId}}',
    conditions: 'Condition?patient={{context.patientId}}',
    relatedPersons: 'RelatedPerson?patient={{context.patientId}}',
    carePlans: 'CarePlan?patient={{context.patientId}}',
    tasks: 'Task?patient={{context.patientId}}',
    consents: 'Consent?patient={{context.patientId}}',
    observations: 'Observation?patient={{context.patientId}}',
  };

  const byId = (id) => document.getElementById(id);
  const ui = {
    form: byId('ask-form'),
    examples: byId('example-select'),
    input: byId('request-input'),
    token: byId('token-input'),
    button: byId('ask-button'),
    status: byId('status'),
    error: byId('error'),
    cards: byId('cards'),
    rawRequest: byId('raw-request'),
    rawResponse: byId('raw-response'),
    rawStatus: byId('raw-response-status'),
  };

  /** A problem the user can fix; its message is shown as it is. */
  class UserError extends Error {}

  let run = 0;
  let busy = false;

  // ---------------------------------------------------------------- small DOM helpers

  /** An element with a class, attributes and children (strings become text nodes, never HTML). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) {
        continue;
      }
      if (name === 'className') {
        node.className = value;
      } else if (name === 'text') {
        node.textContent = value;
      } else {
        node.setAttribute(name, value === true ? '' : String(value));
      }
    }
    for (const child of children) {
      if (child !== null && child !== undefined) {
        node.append(child);
      }
    }
    return node;
  }

  const pretty = (value) => JSON.stringify(value, null, 2);

  function setStatus(text) {
    ui.status.textContent = text;
  }

  function showError(message, details) {
    ui.error.replaceChildren(el('p', { className: 'error-message', text: message }));
    if (details && details.length) {
      ui.error.append(el('ul', { className: 'error-details' }, ...details.map((d) => el('li', { text: d }))));
    }
    ui.error.hidden = false;
  }

  function clearError() {
    ui.error.hidden = true;
    ui.error.replaceChildren();
  }

  function authHeaders() {
    const token = ui.token.value.trim().replace(/^Bearer\s+/i, '');
    return token ? { Authorization: `Bearer ${token}` } : {};
  }

  function newUuid() {
    if (typeof crypto.randomUUID === 'function') {
      return crypto.randomUUID();
    }
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  /** Only http(s) links from a response become links: a javascript: URL in a card must not run. */
  function safeUrl(url) {
    try {
      const parsed = new URL(String(url), document.baseURI);
      return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  // ---------------------------------------------------------------- Markdown (the cards' subset)

  // CommonMark lets a backslash escape any ASCII punctuation character.
  const ESCAPABLE = /[!-/:-@[-`{-~]/;

  /** Index of the next unescaped "**" in text from index from, or -1. */
  function closingStrong(text, from) {
    for (let i = from; i < text.length; i++) {
      if (text[i] === '\\' && i + 1 < text.length && ESCAPABLE.test(text[i + 1])) {
        i++;
      } else if (text[i] === '*' && text[i + 1] === '*') {
        return i;
      }
    }
    return -1;
  }

  /** Appends one line of inline Markdown to parent: backslash escapes and **bold**; the rest is text. */
  function appendInline(parent, text) {
    let target = parent;
    let buffer = '';
    const flush = () => {
      if (buffer) {
        target.append(document.createTextNode(buffer));
        buffer = '';
      }
    };
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '\\' && i + 1 < text.length && ESCAPABLE.test(text[i + 1])) {
        buffer += text[i + 1];
        i++;
      } else if (c === '*' && text[i + 1] === '*') {
        if (target === parent) {
          const close = closingStrong(text, i + 2);
          if (close < 0) {
            buffer += '**';
          } else {
            flush();
            const strong = el('strong');
            parent.append(strong);
            target = strong;
          }
        } else {
          flush();
          target = parent;
        }
        i++;
      } else {
        buffer += c;
      }
    }
    flush();
  }

  /** Appends lines as one block: a line ending in two spaces (or a backslash) breaks hard. */
  function appendLines(parent, lines) {
    lines.forEach((line, index) => {
      let content = line.replace(/^\s+/, '');
      let hard = /\s{2,}$/.test(content);
      content = content.replace(/\s+$/, '');
      if (!hard && /(^|[^\\])(\\\\)*\\$/.test(content)) {
        hard = true;
        content = content.slice(0, -1);
      }
      appendInline(parent, content);
      if (index < lines.length - 1) {
        parent.append(hard ? el('br') : document.createTextNode(' '));
      }
    });
  }

  /**
   * Renders the Markdown subset SOFA's cards use (ATX headings, "- " lists with indented continuation
   * lines, paragraphs, **bold**, backslash escapes, hard line breaks) into DOM nodes. Anything else
   * shows as the text it is.
   */
  function renderMarkdown(markdown) {
    const root = el('div', { className: 'markdown' });
    const lines = String(markdown).replace(/\r\n?/g, '\n').split('\n');
    let list = null;
    let block = null; // { node, lines } of the open paragraph or list item
    const closeBlock = () => {
      if (block) {
        appendLines(block.node, block.lines);
        block = null;
      }
    };
    for (const line of lines) {
      const heading = /^ {0,3}(#{1,6})\s+(.*?)(\s+#+)?\s*$/.exec(line);
      const item = /^ {0,3}[-*+]\s+(.*)$/.exec(line);
      if (line.trim() === '') {
        closeBlock();
      } else if (heading) {
        closeBlock();
        list = null;
        // The page has h1, h2 for sections and h3 for a card's summary: a card's ### is an h4.
        const level = Math.min(6, Math.max(4, heading[1].length + 1));
        const h = el(`h${level}`, { className: `md-heading md-h${heading[1].length}` });
        appendInline(h, heading[2]);
        root.append(h);
      } else if (item) {
        closeBlock();
        if (!list) {
          list = el('ul', { className: 'md-list' });
          root.append(list);
        }
        const li = el('li');
        list.append(li);
        block = { node: li, lines: [item[1]] };
      } else if (block && (/^\s/.test(line) || block.node.tagName === 'P')) {
        block.lines.push(line); // a continuation line of the item or paragraph
      } else {
        closeBlock();
        list = null;
        const p = el('p');
        root.append(p);
        block = { node: p, lines: [line] };
      }
    }
    closeBlock();
    return root;
  }

  // ---------------------------------------------------------------- building the request

  let discoveryCache = null; // { key: auth header, prefetch, serviceId }

  /** The prefetch templates the service announces (cached per token), or the fallback with a notice. */
  async function prefetchTemplates() {
    const key = JSON.stringify(authHeaders());
    if (discoveryCache && discoveryCache.key === key) {
      return discoveryCache;
    }
    try {
      const response = await fetch(DISCOVERY_URL, { headers: { Accept: 'application/json', ...authHeaders() } });
      if (response.ok) {
        const discovery = await response.json();
        const service = (discovery.services || []).find((s) => s && s.id === SERVICE_ID);
        if (service && service.prefetch && typeof service.prefetch === 'object') {
          discoveryCache = { key, prefetch: service.prefetch, fallback: false };
          return discoveryCache;
        }
      }
    } catch (e) {
      // Unreachable or not JSON: the fallback below keeps the playground usable, and says so.
    }
    return { key, prefetch: FALLBACK_PREFETCH, fallback: true };
  }

  /**
   * A patient-view request from a FHIR Bundle, as an ECD with prefetch would send it: each prefetch
   * key holds the resources of its template's type as a searchset Bundle (null when there are none),
   * a read template ("Patient/{{context.patientId}}") the resource itself. Mirrors the server's
   * CdsRequests.patientView.
   */
  function requestFromBundle(bundle, templates) {
    const resources = (Array.isArray(bundle.entry) ? bundle.entry : [])
      .map((entry) => entry && entry.resource)
      .filter((r) => r && typeof r === 'object' && typeof r.resourceType === 'string');
    const patients = resources.filter((r) => r.resourceType === 'Patient');
    if (patients.length === 0) {
      throw new UserError('De Bundle bevat geen Patient: het advies gaat over één cliënt, en die ontbreekt.');
    }
    if (patients.length > 1) {
      throw new UserError(`De Bundle bevat ${patients.length} Patients; plak de gegevens van één cliënt.`);
    }
    const patient = patients[0];
    if (typeof patient.id !== 'string' || patient.id === '') {
      throw new UserError('De Patient in de Bundle heeft geen id; de service heeft die nodig als context.patientId.');
    }
    const prefetch = {};
    const used = new Set();
    for (const [key, template] of Object.entries(templates)) {
      const m = /^([A-Za-z]+)([/?])/.exec(String(template));
      if (!m) {
        prefetch[key] = null;
        continue;
      }
      const [, type, kind] = m;
      const matching = resources.filter((r) => r.resourceType === type);
      if (kind === '/') {
        const found = type === 'Patient' ? patient : matching[0];
        prefetch[key] = found || null;
        if (found) {
          used.add(found);
        }
        continue;
      }
      matching.forEach((r) => used.add(r));
      prefetch[key] = matching.length === 0 ? null : {
        resourceType: 'Bundle',
        type: 'searchset',
        total: matching.length,
        entry: matching.map((r) => ({
          fullUrl: `${type}/${r.id}`,
          resource: r,
          search: { mode: 'match' },
        })),
      };
    }
    const left = {};
    for (const r of resources) {
      if (!used.has(r)) {
        left[r.resourceType] = (left[r.resourceType] || 0) + 1;
      }
    }
    return {
      request: {
        hook: 'patient-view',
        hookInstance: newUuid(),
        context: { userId: USER_ID, patientId: patient.id },
        prefetch,
      },
      leftOut: Object.entries(left).map(([type, n]) => `${type} ×${n}`),
    };
  }

  /** The request to send for the pasted text, with a note for the status line. */
  async function prepare(text) {
    if (text.trim() === '') {
      throw new UserError('Kies een voorbeeld of plak een CDS Hooks-verzoek of een FHIR Bundle.');
    }
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      throw new UserError(`De geplakte tekst is geen geldige JSON (${e.message}).`);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new UserError('De geplakte JSON is geen object: verwacht een CDS Hooks-verzoek of een FHIR Bundle.');
    }
    if (typeof parsed.hook === 'string') {
      return { body: text, shown: parsed, note: 'CDS Hooks-verzoek verstuurd zoals geplakt.' };
    }
    if (parsed.resourceType === 'Bundle') {
      const discovery = await prefetchTemplates();
      const built = requestFromBundle(parsed, discovery.prefetch);
      const notes = ['Verzoek gemaakt uit de FHIR Bundle.'];
      if (discovery.fallback) {
        notes.push('De discovery was niet te lezen: de standaard prefetch-sleutels zijn gebruikt.');
      }
      if (built.leftOut.length) {
        notes.push(`Niet meegestuurd (geen prefetch-sleutel): ${built.leftOut.join(', ')}.`);
      }
      return { body: JSON.stringify(built.request), shown: built.request, note: notes.join(' ') };
    }
    if (typeof parsed.resourceType === 'string') {
      throw new UserError(`Een losse ${parsed.resourceType} is niet genoeg: plak een FHIR Bundle met de Patient en de gegevens van de mantelzorgers.`);
    }
    throw new UserError('Dit is geen CDS Hooks-verzoek (geen "hook") en geen FHIR Bundle (geen "resourceType": "Bundle").');
  }

  // ---------------------------------------------------------------- cards

  function summaryLine(cards) {
    const counts = {};
    for (const card of cards) {
      counts[card.indicator] = (counts[card.indicator] || 0) + 1;
    }
    const parts = Object.keys(INDICATORS).filter((i) => counts[i]).map((i) => `${counts[i]} ${INDICATORS[i].toLowerCase()}`);
    const noun = cards.length === 1 ? 'kaart' : 'kaarten';
    return `${cards.length} ${noun}${parts.length ? `: ${parts.join(', ')}` : ''}`;
  }

  async function sendFeedback(item, statusNode) {
    statusNode.textContent = 'Feedback versturen…';
    const url = `${DISCOVERY_URL}/${SERVICE_ID}/feedback`;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...authHeaders() },
        body: JSON.stringify({ feedback: [item] }),
      });
      if (response.ok) {
        statusNode.textContent = item.outcome === 'accepted' ? 'Feedback opgeslagen: geaccepteerd.' : 'Feedback opgeslagen: genegeerd.';
      } else if (response.status === 404) {
        statusNode.textContent = 'Deze server neemt (nog) geen feedback aan (HTTP 404); er is niets opgeslagen.';
      } else {
        const message = await errorMessage(response);
        statusNode.textContent = `Feedback niet opgeslagen (HTTP ${response.status}): ${message}`;
      }
    } catch (e) {
      statusNode.textContent = `Feedback niet verstuurd: de server is niet bereikbaar (${e.message}).`;
    }
  }

  async function errorMessage(response) {
    const text = await response.text();
    try {
      const json = JSON.parse(text);
      if (json && typeof json.message === 'string') {
        return json.message;
      }
    } catch (e) {
      // not JSON: the text itself, below
    }
    return text.trim() || response.statusText || 'geen toelichting';
  }

  function renderSuggestions(card, index) {
    const suggestions = Array.isArray(card.suggestions) ? card.suggestions : [];
    if (suggestions.length === 0) {
      return null;
    }
    const single = card.selectionBehavior === 'at-most-one';
    const fieldset = el('fieldset', { className: 'card-suggestions', 'data-selection-behavior': card.selectionBehavior || '' },
      el('legend', { text: single ? 'Voorstellen (kies er hoogstens één)' : 'Voorstellen' }));
    suggestions.forEach((s, i) => {
      const id = `card-${index}-suggestion-${i}`;
      const input = el('input', {
        type: single ? 'radio' : 'checkbox',
        id,
        name: `card-${index}-suggestion`,
        value: s.uuid || '',
        className: 'suggestion-input',
        'data-suggestion-uuid': s.uuid || '',
      });
      const label = el('label', { for: id, className: 'suggestion-label' }, el('span', { text: s.label || '(zonder label)' }));
      if (s.isRecommended) {
        label.append(el('span', { className: 'recommended', text: 'aanbevolen' }));
      }
      fieldset.append(el('div', { className: 'suggestion', 'data-recommended': s.isRecommended ? 'true' : 'false' }, input, label));
    });
    return fieldset;
  }

  function renderFeedback(card, index, fieldset) {
    if (!card.uuid) {
      return null;
    }
    const statusNode = el('p', { className: 'feedback-status', role: 'status', 'aria-live': 'polite' });
    const accept = el('button', { type: 'button', className: 'accept', text: fieldset ? 'Geselecteerde voorstellen accepteren' : 'Accepteren' });
    accept.addEventListener('click', () => {
      const chosen = fieldset ? Array.from(fieldset.querySelectorAll('input:checked'), (i) => ({ id: i.value })).filter((s) => s.id) : [];
      if (fieldset && chosen.length === 0) {
        statusNode.textContent = 'Kies eerst een of meer voorstellen om te accepteren.';
        return;
      }
      const item = { card: card.uuid, outcome: 'accepted', outcomeTimestamp: new Date().toISOString() };
      if (chosen.length) {
        item.acceptedSuggestions = chosen;
      }
      sendFeedback(item, statusNode);
    });
    const group = el('span', { className: 'override-group' });
    const row = el('div', { className: 'card-feedback' }, accept, group);
    const reasons = Array.isArray(card.overrideReasons) ? card.overrideReasons : [];
    let select = null;
    if (reasons.length) {
      const id = `card-${index}-override-reason`;
      select = el('select', { id, className: 'override-reason' }, el('option', { value: '', text: 'Kies een reden…' }));
      reasons.forEach((r, i) => select.append(el('option', { value: String(i), text: r.display || r.code || '(zonder tekst)' })));
      group.append(el('label', { for: id, className: 'override-label', text: 'Reden om te negeren' }), select);
    }
    const override = el('button', { type: 'button', className: 'override', text: 'Negeren' });
    override.addEventListener('click', () => {
      const item = { card: card.uuid, outcome: 'overridden', outcomeTimestamp: new Date().toISOString() };
      if (select && select.value !== '') {
        item.overrideReason = { reason: reasons[Number(select.value)] };
      }
      sendFeedback(item, statusNode);
    });
    group.append(override);
    return el('div', { className: 'card-feedback-wrap' }, row, statusNode);
  }

  function renderCard(card, index) {
    const indicator = typeof card.indicator === 'string' ? card.indicator : '';
    const summaryId = `card-${index}-summary`;
    const article = el('article', {
      className: 'card',
      'data-indicator': indicator,
      'data-uuid': card.uuid || '',
      'data-topic': card.source && card.source.topic ? card.source.topic.code || '' : '',
      'aria-labelledby': summaryId,
    });
    const badge = el('span', { className: 'indicator', 'data-indicator': indicator, text: INDICATORS[indicator] || `Onbekend (${indicator})` });
    const header = el('header', { className: 'card-header' }, badge, el('h3', { id: summaryId, className: 'card-summary', text: card.summary || '' }));
    article.append(header);
    if (card.source) {
      const source = el('p', { className: 'card-source' });
      const href = card.source.url ? safeUrl(card.source.url) : null;
      source.append(href ? el('a', { href, rel: 'noopener noreferrer', target: '_blank', text: card.source.label || href })
        : document.createTextNode(card.source.label || ''));
      if (card.source.topic && card.source.topic.display) {
        source.append(document.createTextNode(` · ${card.source.topic.display}`));
      }
      header.append(source);
    }
    if (typeof card.detail === 'string' && card.detail !== '') {
      const detail = renderMarkdown(card.detail);
      detail.classList.add('card-detail');
      article.append(detail);
    }
    const fieldset = renderSuggestions(card, index);
    if (fieldset) {
      article.append(fieldset);
    }
    const links = (Array.isArray(card.links) ? card.links : []).map((l) => ({ label: l.label, href: safeUrl(l.url) })).filter((l) => l.href);
    if (links.length) {
      article.append(el('ul', { className: 'card-links' },
        ...links.map((l) => el('li', {}, el('a', { href: l.href, rel: 'noopener noreferrer', target: '_blank', text: l.label || l.href })))));
    }
    const feedback = renderFeedback(card, index, fieldset);
    if (feedback) {
      article.append(feedback);
    }
    return article;
  }

  function renderCards(cards) {
    if (cards.length === 0) {
      ui.cards.replaceChildren(el('p', { className: 'empty', text: 'Geen kaarten: de service heeft voor deze cliënt geen advies.' }));
      return;
    }
    ui.cards.replaceChildren(el('p', { className: 'cards-count', text: summaryLine(cards) }), ...cards.map(renderCard));
  }

  // ---------------------------------------------------------------- the call

  function setState(state) {
    ui.cards.dataset.state = state;
    ui.cards.setAttribute('aria-busy', state === 'loading' ? 'true' : 'false');
  }

  async function ask(event) {
    event.preventDefault();
    if (busy) {
      return;
    }
    busy = true;
    run += 1;
    ui.cards.dataset.run = String(run);
    setState('loading');
    clearError();
    ui.cards.replaceChildren(el('p', { className: 'empty', text: 'Advies wordt gevraagd…' }));
    ui.rawRequest.textContent = '';
    ui.rawResponse.textContent = '';
    ui.rawStatus.textContent = '';
    setStatus('Bezig…');
    try {
      const prepared = await prepare(ui.input.value);
      ui.rawRequest.textContent = pretty(prepared.shown);
      const started = performance.now();
      let response;
      try {
        response = await fetch(`${DISCOVERY_URL}/${SERVICE_ID}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...authHeaders() },
          body: prepared.body,
        });
      } catch (e) {
        throw new UserError(`De service is niet bereikbaar (${e.message}).`);
      }
      const text = await response.text();
      const ms = Math.round(performance.now() - started);
      let json = null;
      try {
        json = JSON.parse(text);
      } catch (e) {
        json = null;
      }
      ui.rawResponse.textContent = json === null ? text : pretty(json);
      ui.rawStatus.textContent = `HTTP ${response.status}, ${ms} ms`;
      if (!response.ok) {
        const message = json && typeof json.message === 'string' ? json.message : (text.trim() || response.statusText);
        const details = [];
        if (json && json.error) {
          details.push(`Foutcode: ${json.error}`);
        }
        if (json && json.path) {
          details.push(`Plaats: ${json.path}`);
        }
        if (json && Array.isArray(json.missingPrefetch) && json.missingPrefetch.length) {
          details.push(`Ontbrekende prefetch: ${json.missingPrefetch.join(', ')}`);
        }
        showError(`De service gaf een fout (HTTP ${response.status}): ${message}`, details);
        ui.cards.replaceChildren();
        setState('error');
        setStatus('Geen advies: zie de fout.');
        return;
      }
      if (!json || !Array.isArray(json.cards)) {
        throw new UserError('Het antwoord van de service bevat geen lijst "cards".');
      }
      renderCards(json.cards);
      setState('done');
      setStatus(`${prepared.note} ${summaryLine(json.cards)} in ${ms} ms.`);
    } catch (e) {
      showError(e instanceof UserError ? e.message : `Er ging iets mis in de pagina: ${e.message}`);
      ui.cards.replaceChildren();
      setState('error');
      setStatus('Geen advies: zie de fout.');
    } finally {
      busy = false;
    }
  }

  // ---------------------------------------------------------------- examples

  async function loadExample(name) {
    if (!name) {
      return;
    }
    setStatus(`Voorbeeld ${name} laden…`);
    try {
      const response = await fetch(`${EXAMPLES_URL}/${encodeURIComponent(name)}`, { headers: { Accept: 'application/json' } });
      if (!response.ok) {
        throw new UserError(`Het voorbeeld is niet te laden (HTTP ${response.status}): ${await errorMessage(response)}`);
      }
      const request = await response.json();
      ui.input.value = pretty(request);
      ui.input.dataset.source = `example:${name}`;
      clearError();
      setStatus(`Voorbeeld ${name} geladen: een CDS Hooks-verzoek met prefetch. Kies "Vraag advies".`);
    } catch (e) {
      showError(e instanceof UserError ? e.message : `Het voorbeeld is niet te laden (${e.message}).`);
      setStatus('');
    }
  }

  async function loadExampleList() {
    try {
      const response = await fetch(EXAMPLES_URL, { headers: { Accept: 'application/json' } });
      if (!response.ok) {
        throw new Error(`HTTP ${response.status}`);
      }
      const { examples } = await response.json();
      for (const name of examples || []) {
        ui.examples.append(el('option', { value: name, text: name }));
      }
      ui.examples.dataset.loaded = 'true';
      const wanted = new URLSearchParams(window.location.search).get('example');
      if (wanted && (examples || []).includes(wanted)) {
        ui.examples.value = wanted;
        await loadExample(wanted);
      }
    } catch (e) {
      ui.examples.dataset.loaded = 'error';
      showError(`De lijst met voorbeelden is niet te laden (${e.message}). Plakken kan wel.`);
    }
  }

  ui.form.addEventListener('submit', ask);
  ui.examples.addEventListener('change', () => loadExample(ui.examples.value));
  ui.input.addEventListener('input', () => {
    ui.input.dataset.source = 'paste';
  });
  loadExampleList();
})();

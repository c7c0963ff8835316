// newsalert dashboard: the initial alerts from /api/alerts, then live ones from the SSE stream /events (no reload),
// the closures in force on a day from /api/closures, feed links, and a form that creates a webhook subscription.
'use strict';

(function () {
  const DEFAULT_TOPICS = ['traffic', 'safety', 'employment'];
  const CAP_TOPICS = ['traffic', 'safety'];
  const TOPIC_NAMES = { traffic: '交通 traffic', safety: '安全 safety', employment: '就业 employment' };
  const SIDES = { EAST: '东侧', WEST: '西侧', SOUTH: '南侧', NORTH: '北侧', EAST_AND_WEST: '东西两侧',
    NORTH_AND_SOUTH: '南北两侧', BOTH_DIRECTIONS: '双向' };
  const LANES = { FULL_ROAD: '全幅', HALF_ROAD: '半幅', MOTOR_LANE: '机动车道', NON_MOTOR_LANE: '非机动车道',
    SIDEWALK: '人行道', SERVICE_ROAD: '辅路', BUS_LANE: '公交车道', PARKING: '停车场', RAMP: '匝道',
    INTERSECTION: '路口' };
  const MAX_PER_TOPIC = 50;

  const seen = new Set();
  const byTopic = new Map();

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v !== null && v !== undefined) e.setAttribute(k, v);
    });
    children.flat().forEach(c => e.append(c === null || c === undefined ? '' : c));
    return e;
  }

  function todayInShanghai() {
    // sv-SE formats dates as YYYY-MM-DD; the paper's dates are in China Standard Time.
    return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  }

  function topicColumn(topic) {
    if (byTopic.has(topic)) return byTopic.get(topic);
    const list = el('ol', { id: 'alerts-' + topic, class: 'alerts' });
    const count = el('span', { class: 'count' }, '0');
    const empty = el('p', { class: 'empty' }, '暂无提醒 — waiting for alerts…');
    const column = el('article', { class: 'topic', 'data-topic': topic },
      el('h3', {}, TOPIC_NAMES[topic] || topic, count), empty, list);
    document.getElementById('topics').append(column);
    const entry = { list, count, empty };
    byTopic.set(topic, entry);
    addFeedLinks(topic);
    addTopicCheckbox(topic);
    return entry;
  }

  function time(iso) {
    if (!iso) return '';
    const d = new Date(iso);
    if (isNaN(d)) return String(iso);
    return d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  }

  function closureText(c) {
    let s = c.road || '';
    if (c.from && c.to) s += '（' + c.from + '至' + c.to + '段）';
    else if (c.from) s += '（' + c.from + '）';
    s += (SIDES[c.side] || '') + (LANES[c.lane] || '');
    if (c.start || c.end) s += ' ' + (c.start || '?') + '至' + (c.end || '?');
    return s;
  }

  function summary(a) {
    return Array.isArray(a.closures) && a.closures.length ? a.closures.map(closureText).join('；') : (a.summary || '');
  }

  function createdMillis(a) {
    const t = Date.parse(a.createdAt || '');
    return isNaN(t) ? 0 : t;
  }

  function dates(a) {
    if (!a.validFrom && !a.validTo) return '';
    return ' · ' + (a.validFrom || '?') + ' 至 ' + (a.validTo || '?');
  }

  function addAlert(a, live) {
    if (!a || !a.id || !a.topic || seen.has(a.id)) return false;
    seen.add(a.id);
    const column = topicColumn(a.topic);
    const links = [el('a', { href: '/alerts/' + encodeURIComponent(a.id) + '.json' }, 'JSON')];
    if (CAP_TOPICS.includes(a.topic)) {
      links.push(el('a', { href: '/alerts/' + encodeURIComponent(a.id) + '.cap' }, 'CAP'));
    }
    const created = createdMillis(a);
    const item = el('li', { class: 'alert' + (live ? ' new' : ''), 'data-id': a.id, 'data-created': created },
      el('a', { class: 'headline', href: '/alerts/' + encodeURIComponent(a.id) }, a.headline || a.id),
      el('p', { class: 'summary' }, summary(a)),
      el('div', { class: 'meta' }, time(a.createdAt) + dates(a), links));
    // Newest first: insert before the first item created earlier than this one.
    const later = Array.from(column.list.children).find(li => Number(li.dataset.created) < created);
    column.list.insertBefore(item, later || null);
    while (column.list.children.length > MAX_PER_TOPIC) column.list.lastElementChild.remove();
    column.count.textContent = String(column.list.children.length);
    column.empty.hidden = true;
    return true;
  }

  function setStatus(state, text) {
    const s = document.getElementById('status');
    s.className = 'status ' + state;
    s.textContent = text;
  }

  async function loadInitial() {
    try {
      const response = await fetch('/api/alerts?limit=100', { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error('HTTP ' + response.status);
      const alerts = await response.json();
      (Array.isArray(alerts) ? alerts : alerts.alerts || []).forEach(a => addAlert(a, false));
    } catch (e) {
      console.warn('The initial alerts could not be loaded:', e);
    }
  }

  function onEvent(event) {
    let alert;
    try {
      alert = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    if (addAlert(alert, true) && alert.topic === 'traffic') loadClosures();
  }

  function connect() {
    const source = new EventSource('/events');
    source.onopen = () => setStatus('live', '实时 · live');
    source.onerror = () => setStatus('connecting', '重新连接中… reconnecting');
    source.onmessage = onEvent;
    source.addEventListener('alert', onEvent);
  }

  function closuresDate() {
    return document.getElementById('closures-date').value || todayInShanghai();
  }

  /**
   * The day the closures table opens on: ?date=, else today when closures are in force today, else the latest
   * edition's date that has closures, so the table does not open empty on a quiet day.
   */
  async function openingDate() {
    const asked = new URLSearchParams(location.search).get('date');
    if (asked) return asked;
    const today = todayInShanghai();
    try {
      const now = await (await fetch('/api/closures?active=' + today)).json();
      if (now.count > 0) return today;
      const all = await (await fetch('/api/closures')).json();
      const editions = all.closures.map(c => c.published).filter(Boolean).sort();
      return editions.length ? editions[editions.length - 1] : today;
    } catch (e) {
      return today;
    }
  }

  async function loadClosures() {
    const day = closuresDate();
    const url = '/api/closures?active=' + encodeURIComponent(day);
    document.getElementById('closures-json').href = url;
    document.getElementById('closures-json').textContent = url;
    const body = document.querySelector('#closures tbody');
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error('HTTP ' + response.status);
      const data = await response.json();
      body.replaceChildren(...data.closures.map(c => el('tr', { 'data-id': c.id },
        el('td', {}, (c.road_names || []).join('、')),
        el('td', {}, c.beginning_cross_street || '—'),
        el('td', {}, c.ending_cross_street || '—'),
        el('td', {}, SIDES[c.side] || '—'),
        el('td', {}, LANES[c.lane] || '—'),
        el('td', {}, (c.start_date || '').slice(0, 10) || '—'),
        el('td', {}, (c.end_date || '').slice(0, 10) || '—'),
        el('td', {}, c.reason || '—'),
        el('td', {}, el('a', { href: '/alerts/' + encodeURIComponent(c.alert_id) }, c.headline || c.alert_id)))));
      document.getElementById('closures-empty').hidden = data.closures.length > 0;
      window.closuresMap.draw(data.closures);
    } catch (e) {
      console.warn('The closures could not be loaded:', e);
    }
  }

  function addFeedLinks(topic) {
    const item = el('li', { 'data-topic': topic }, (TOPIC_NAMES[topic] || topic) + ': ',
      el('a', { href: '/feeds/' + topic + '.atom', class: 'feed-atom' }, 'Atom'));
    if (CAP_TOPICS.includes(topic)) {
      item.append(' · ', el('a', { href: '/feeds/' + topic + '.cap.atom', class: 'feed-cap' }, 'CAP 1.2 (Atom index)'));
    }
    document.getElementById('feed-links').append(item);
  }

  function addTopicCheckbox(topic) {
    const box = el('input', { type: 'checkbox', name: 'topics', value: topic });
    if (topic === 'traffic') box.checked = true;
    document.getElementById('subscribe-topics').append(el('label', {}, box, ' ' + topic));
  }

  async function subscribe(event) {
    event.preventDefault();
    const form = event.target;
    const result = document.getElementById('subscribe-result');
    const topics = Array.from(form.querySelectorAll('input[name=topics]:checked')).map(b => b.value);
    const keywords = form.keywords.value.split(/[,，、]/).map(s => s.trim()).filter(Boolean);
    const request = { topics, webhook: { url: form.url.value.trim() } };
    if (form.secret.value.trim()) request.webhook.secret = form.secret.value.trim();
    if (keywords.length) request.filter = { keywords };
    result.className = '';
    result.textContent = '…';
    try {
      const response = await fetch('/api/subscriptions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + form.token.value },
        body: JSON.stringify(request)
      });
      const text = await response.text();
      if (!response.ok) {
        result.className = 'error';
        result.textContent = (response.status === 401 ? '令牌无效 (401). ' : 'HTTP ' + response.status + '. ') + text;
        return;
      }
      result.className = 'ok';
      result.textContent = '已订阅 Subscribed: ' + text + '\nKeep the secret: it is shown only once.';
    } catch (e) {
      result.className = 'error';
      result.textContent = String(e);
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('.origin').forEach(e => { e.textContent = location.origin; });
    DEFAULT_TOPICS.forEach(topicColumn);
    const dateInput = document.getElementById('closures-date');
    dateInput.addEventListener('change', loadClosures);
    document.getElementById('subscribe-form').addEventListener('submit', subscribe);
    window.closuresMap.init().then(openingDate).then(day => { dateInput.value = day; return loadClosures(); });
    loadInitial().then(connect);
  });
})();

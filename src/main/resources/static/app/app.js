// The offline app's screens: communities, the four forms, the queue and the facilitator's referrals. Labels come from
// the page (rendered in the user's language); lists from the down-sync, kept in IndexedDB.
import * as db from './db.js';
import * as sync from './sync.js';

const $ = (s) => document.querySelector(s);
const label = (k) => $(`#labels [data-k="${k}"]`)?.textContent ?? k;
let current = null;
let lists = {};

function show(id) {
  document.querySelectorAll('main > section').forEach((s) => { s.hidden = s.id !== id; });
  if (id !== 'home') $('#flash').hidden = true;
  scrollTo(0, 0);
}

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function options(select, entries, blank) {
  select.replaceChildren(...(blank ? [new Option(blank, '')] : []), ...entries.map(([v, t]) => new Option(t, v)));
}

async function renderHome() {
  lists = (await db.get('meta', 'lists')) || {};
  const communities = (await db.all('communities')).sort((a, b) => a.name.localeCompare(b.name));
  $('#no-data').hidden = communities.length > 0;
  $('#communities').replaceChildren(...communities.map((c) => {
    const b = el('button', c.name);
    b.type = 'button';
    b.dataset.community = c.id;
    b.append(el('small', (lists.phases || {})[c.phase] || label('notStarted')));
    b.onclick = () => openCommunity(c);
    return el('li').appendChild(b).parentNode;
  }));
  const queue = (await db.all('queue')).sort((a, b) => b.at.localeCompare(a.at));
  $('#queue-empty').hidden = queue.length > 0;
  $('#queue').replaceChildren(...queue.map((r) => {
    const li = el('li');
    li.dataset.state = r.state;
    li.dataset.clientId = r.clientId;
    li.append(el('span', label(r.type) + ' · ' + (r.communityName || '')), el('span', label(r.state), 'state ' + r.state));
    for (const reason of r.reasons || []) li.append(el('small', (reason.field ? reason.field + ': ' : '') + reason.message));
    if (r.state === 'conflict' && r.server) li.append(el('small', label('conflictNow') + ' ' + ((lists.phases || {})[r.server.phase] || '')));
    return li;
  }));
  const referrals = (await db.all('referrals')).sort((a, b) => (b.createdAt || '').localeCompare(a.createdAt || ''));
  $('#referrals-empty').hidden = referrals.length > 0;
  $('#referrals').replaceChildren(...referrals.map((r) => {
    const li = el('li');
    li.append(el('span', r.reference + ' · ' + ((lists.categories || {})[r.category] || r.category)),
      el('span', (lists.statuses || {})[r.status] || r.status, 'state'));
    if (r.feedbackMessage) li.append(el('small', r.feedbackMessage));
    return li;
  }));
  const waiting = queue.filter((r) => r.state === 'queued' || r.state === 'sending').length;
  const last = await db.get('meta', 'lastSync');
  const problem = await db.get('meta', 'problem');
  $('#sync-info').textContent = [waiting ? waiting + ' ' + label('waiting') : '',
    last ? label('lastSync') + ' ' + new Date(last).toLocaleString(document.documentElement.lang) : '', problem ? label(problem) : ''].filter(Boolean).join(' · ');
}

function openCommunity(c) {
  current = c;
  $('#community-name').textContent = c.name;
  $('#community-phase').textContent = (lists.phases || {})[c.phase] || label('notStarted');
  show('community');
}

async function fillForm(id) {
  const form = $(`#${id}-form`);
  form.reset();
  form.querySelectorAll('select[data-list]').forEach((s) => options(s, Object.entries(lists[s.dataset.list] || {})));
  const today = new Date().toISOString().slice(0, 10);
  form.querySelectorAll('[data-today]').forEach((i) => { i.value = today; i.max = today; });
  if (id === 'spread') {
    const others = (await db.all('communities')).filter((c) => c.id !== current.id);
    options($('#s-target'), others.map((c) => [c.id, c.name]));
  }
  if (id === 'referral') await fillPoints();
}

async function fillPoints() {
  const category = $('#r-category').value;
  const points = (await db.all('points')).filter((p) => p.category === category && p.communityIds.includes(current.id));
  options($('#r-servicePoint'), points.map((p) => [p.id, p.name]), label('byPathway'));
}

function values(form) {
  const data = {};
  for (const input of form.elements) {
    if (!input.name || input.dataset.identity !== undefined) continue;
    if (input.type === 'checkbox') data[input.name] = input.checked;
    else if (input.type === 'number') data[input.name] = input.value === '' ? null : Number(input.value);
    else data[input.name] = input.value.trim() === '' ? null : input.value.trim();
  }
  return data;
}

async function save(event) {
  event.preventDefault();
  const form = event.target;
  const type = form.dataset.type;
  const data = values(form);
  let payload = { communityId: current.id, ...data };
  let identity = null;
  if (type === 'SPREAD') payload = { sourceId: current.id, ...data };
  if (type === 'REFERRAL') {
    identity = {};
    form.querySelectorAll('[data-identity]').forEach((i) => { identity[i.name] = i.value.trim() || null; });
    payload.send = true;
  }
  const base = type === 'PHASE' ? current.version : undefined;
  await sync.enqueue(type, payload, base, identity, current.name);
  if (type === 'PHASE') {
    current = { ...current, phase: data.phase, version: current.version + 1 };
    await db.put('communities', current);
  }
  form.reset();
  show('home');
  flash(label('saved'));
  await renderHome();
  if (navigator.onLine) sync.syncNow();
}

function flash(text) {
  const f = $('#flash');
  f.textContent = text;
  f.hidden = false;
  setTimeout(() => { f.hidden = true; }, 4000);
}

function network() {
  const online = navigator.onLine;
  $('#net').textContent = label(online ? 'online' : 'offline');
  $('#net').dataset.state = online ? 'online' : 'offline';
}

async function init() {
  const user = document.body.dataset.user;
  const lang = document.body.dataset.lang;
  if ((await db.get('meta', 'user')) !== user) {
    await db.wipe();
    await db.put('meta', user, 'user');
  }
  await db.put('meta', lang, 'lang');
  await sync.recover();
  document.querySelectorAll('[data-go]').forEach((b) => b.addEventListener('click', async () => {
    const to = b.dataset.go;
    if (['meeting', 'phase', 'spread', 'referral'].includes(to)) await fillForm(to);
    if (to === 'home') await renderHome();
    show(to);
  }));
  document.querySelectorAll('form[data-type]').forEach((f) => f.addEventListener('submit', save));
  $('#r-category').addEventListener('change', fillPoints);
  $('#sync-now').addEventListener('click', () => sync.syncNow());
  $('#sign-out').addEventListener('submit', async (e) => {
    e.preventDefault();
    await db.wipe();
    if ('caches' in self) for (const k of await caches.keys()) await caches.delete(k);
    e.target.submit();
  });
  addEventListener('online', network);
  addEventListener('offline', network);
  network();
  sync.onChange(renderHome);
  sync.start();
  await renderHome();
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/app/sw.js', { scope: '/app', type: 'module' }).catch(() => {});
  }
  if (navigator.onLine) await sync.syncNow();
  document.body.dataset.ready = 'true';
}

init();

// Archive's web page: search for journalists, report view with sources, its quality card and two-year view, metrics for analysts.
// Talks only to the public GraphQL API (/graphql) and the CSV export (/export). No framework, no CDN.
'use strict';

const PAGE_SIZE = 20;
const main = document.getElementById('main');
const statusLine = document.getElementById('status');

const AGENCY_KINDS = [
  ['people_government', '人民政府'], ['government_office', '政府办公室'], ['development_zone', '开发区/园区'],
  ['township', '乡镇'], ['subdistrict', '街道'], ['industry_and_it', '工业和信息化'], ['development_reform', '发展和改革'],
  ['education', '教育'], ['science_technology', '科技'], ['public_security', '公安'], ['civil_affairs', '民政'],
  ['justice', '司法'], ['finance', '财政'], ['human_resources', '人力资源和社会保障'], ['natural_resources', '自然资源'],
  ['ecology_environment', '生态环境'], ['housing_construction', '住房和城乡建设'], ['transport', '交通运输'],
  ['water_resources', '水利'], ['agriculture_rural', '农业农村'], ['commerce', '商务'], ['culture_tourism', '文化和旅游'],
  ['health', '卫生健康'], ['veterans_affairs', '退役军人事务'], ['emergency_management', '应急管理'], ['audit', '审计'],
  ['market_regulation', '市场监管'], ['statistics', '统计'], ['medical_security', '医疗保障'],
  ['forestry_grassland', '林业和草原'], ['government_services', '政务服务'], ['urban_management', '城市管理'], ['other', '其他'],
];
const TEMPLATES = [['PRE2019', '2019年以前'], ['V2019', '2019年版'], ['V2021', '2021年版']];
const TEMPLATE_LABELS = { PRE2019: '2019年以前', V2019: '2019年版', V2021: '2021年版' };
const FACET_LABELS = { YEAR: '年度 Year', PROVINCE: '省份 Province', PREFECTURE: '地市 Prefecture', AGENCY_KIND: '机关类型 Agency kind', TEMPLATE: '模板 Template' };
const FILTER_PARAMS = ['province', 'prefecture', 'county', 'yearFrom', 'yearTo', 'agencyKind', 'template', 'hasFlags'];
const FLAG_LABELS = {
  identity_violation: '表内数据勾稽不符', negative_count: '数量为负数', published_before_period_end: '发布日期早于报告期结束',
  published_long_after: '发布日期远晚于报告期', published_date_invalid: '发布日期无效', year_title_mismatch: '标题年度与正文年度不一致',
  table_incomplete: '统计表不完整', not_a_report: '不像年度报告',
};
const ORIGIN_LABELS = { TABLE: '表格', PROSE: '正文' };
const STAT_LABELS = { avg: '平均 Average', median: '中位数 Median', sum: '合计 Sum' };

function flagLabel(kind) { return FLAG_LABELS[kind] || kind; }
function agencyKindLabel(id) { return (AGENCY_KINDS.find(([k]) => k === id) || [0, id || '机关类型未知'])[1]; }
const SERIES_COLORS = ['#0b5cad', '#c2410c', '#15803d', '#7c3aed', '#be123c', '#0e7490'];

// ---------- plumbing ----------

/** POSTs a GraphQL request; throws an Error with the server's message and code. */
async function gql(query, variables) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (e) {
    throw new Error('网络错误 Network error: ' + e.message);
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new Error(`HTTP ${response.status}`);
  }
  if (body.errors && body.errors.length) {
    const first = body.errors[0];
    const code = first.extensions && first.extensions.code ? ` [${first.extensions.code}]` : '';
    throw new Error(first.message + code);
  }
  return body.data;
}

function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function params() { return new URLSearchParams(location.search); }

/** Moves to a new URL state (a history entry, so Back works) and renders it. */
function navigate(next, { replace = false } = {}) {
  const search = next.toString();
  const url = search ? `/?${search}` : '/';
  if (replace) history.replaceState(null, '', url); else history.pushState(null, '', url);
  render();
}

function announce(text) { statusLine.textContent = text; }

function stateBox(kind, text) { return `<div class="state ${kind}">${escapeHtml(text)}</div>`; }

function formatNumber(value) {
  return Number.isInteger(value) ? value.toLocaleString('zh-CN') : value.toLocaleString('zh-CN', { maximumFractionDigits: 4 });
}

/** The GraphQL ReportFilter from the URL's filter parameters. */
function filterFromParams(p) {
  const filter = {};
  const region = p.get('county') || p.get('prefecture') || p.get('province');
  if (region) filter.regionCode = region;
  if (p.get('yearFrom')) filter.yearFrom = Number(p.get('yearFrom'));
  if (p.get('yearTo')) filter.yearTo = Number(p.get('yearTo'));
  if (p.get('agencyKind')) filter.agencyKind = p.get('agencyKind');
  if (p.get('template')) filter.template = p.get('template');
  if (p.get('hasFlags') === 'true') filter.hasFlags = true;
  return filter;
}

const regionCache = new Map();
async function regionsUnder(parent) {
  const key = parent || '';
  if (!regionCache.has(key)) {
    const data = await gql('query Regions($parent: String) { regions(parent: $parent) { code name level } }', { parent: parent || null });
    regionCache.set(key, data.regions);
  }
  return regionCache.get(key);
}

function options(list, selected, emptyLabel) {
  return `<option value="">${escapeHtml(emptyLabel)}</option>` + list.map(([value, label]) =>
    `<option value="${escapeHtml(value)}"${value === selected ? ' selected' : ''}>${escapeHtml(label)}</option>`).join('');
}

/** Province → prefecture → county pickers; each change clears the levels below it. */
async function regionPickers(p) {
  const province = p.get('province') || '';
  const prefecture = p.get('prefecture') || '';
  const county = p.get('county') || '';
  const provinces = await regionsUnder(null);
  const prefectures = province ? await regionsUnder(province) : [];
  const counties = prefecture ? await regionsUnder(prefecture) : [];
  return `
    <label>省份 Province<select name="province" data-clears="prefecture,county">${options(provinces.map(r => [r.code, r.name]), province, '全部 All')}</select></label>
    <label>地市 Prefecture<select name="prefecture" data-clears="county" ${province ? '' : 'disabled'}>${options(prefectures.map(r => [r.code, r.name]), prefecture, '全部 All')}</select></label>
    <label>区县 County<select name="county" ${prefecture ? '' : 'disabled'}>${options(counties.map(r => [r.code, r.name]), county, '全部 All')}</select></label>`;
}

function yearInputs(p) {
  return `<div class="row">
    <label>起始年度 From<input name="yearFrom" type="number" min="2008" max="2030" inputmode="numeric" value="${escapeHtml(p.get('yearFrom') || '')}"></label>
    <label>截止年度 To<input name="yearTo" type="number" min="2008" max="2030" inputmode="numeric" value="${escapeHtml(p.get('yearTo') || '')}"></label>
  </div>`;
}

/**
 * Wires the filter controls of <paramref>form</paramref> to the URL without rebuilding them, so focus stays where it
 * is: years and other inputs apply on Enter (or the Apply button); a select applies when picked with the mouse, but
 * arrow keys only move through it (Enter or leaving it applies), so browsing the province list fires no search.
 */
function bindFilterForm(form, getParams, dropParams, onApply) {
  let keyboardPending = false;
  const apply = () => {
    const next = new URLSearchParams(getParams());
    for (const control of form.querySelectorAll('select[name], input[name=yearFrom], input[name=yearTo], input[name=hasFlags]')) {
      const value = control.type === 'checkbox' ? (control.checked ? 'true' : '') : control.value.trim();
      if (value && !control.disabled) next.set(control.name, value); else next.delete(control.name);
    }
    dropParams.forEach(name => next.delete(name));
    keyboardPending = false;
    form.classList.remove('pending');
    if (next.toString() !== getParams().toString()) onApply(next);
  };
  form.addEventListener('submit', event => { event.preventDefault(); apply(); });
  form.querySelectorAll('select[name]').forEach(select => {
    select.addEventListener('keydown', event => {
      if (event.key === 'Enter') { event.preventDefault(); apply(); }
      else if (event.key !== 'Tab' && event.key !== 'Shift') keyboardPending = true;
    });
    select.addEventListener('change', () => {
      // Levels below a changed region are no longer valid.
      (select.dataset.clears || '').split(',').filter(Boolean).forEach(name => {
        const below = form.querySelector(`select[name=${name}]`);
        if (below) { below.value = ''; below.disabled = true; }
      });
      if (keyboardPending) { form.classList.add('pending'); return; }
      apply();
    });
    select.addEventListener('blur', () => { if (keyboardPending) apply(); });
    select.addEventListener('pointerdown', () => { keyboardPending = false; });
  });
  form.querySelectorAll('input[name=hasFlags]').forEach(box => box.addEventListener('change', apply));
  return apply;
}

/** Refills the prefecture and county pickers for the chosen province/prefecture, in place. */
async function refreshRegionPickers(form, p) {
  const province = p.get('province') || '';
  const prefecture = p.get('prefecture') || '';
  const fill = async (name, parent, selected) => {
    const select = form.querySelector(`select[name=${name}]`);
    if (!select) return;
    const list = parent ? await regionsUnder(parent) : [];
    select.innerHTML = options(list.map(r => [r.code, r.name]), selected, '全部 All');
    select.disabled = !parent;
  };
  await fill('prefecture', province, prefecture);
  await fill('county', prefecture, p.get('county') || '');
}

/** Sets each filter control to the URL's value (Back/Forward, chips, facets) without rebuilding the form. */
async function syncFilterForm(form, p) {
  const province = form.querySelector('select[name=province]');
  if (province) province.value = p.get('province') || '';
  await refreshRegionPickers(form, p);
  for (const name of ['sort', 'yearFrom', 'yearTo', 'agencyKind', 'template']) {
    const control = form.querySelector(`[name=${name}]`);
    if (control) control.value = p.get(name) || '';
  }
  // Sorting applies to a search; a listing without words has its own order.
  const sortLabel = form.querySelector('label.sort');
  if (sortLabel) sortLabel.hidden = !p.get('q');
  const flags = form.querySelector('input[name=hasFlags]');
  if (flags) flags.checked = p.get('hasFlags') === 'true';
  form.classList.remove('pending');
}

/** The active filters as removable chips, plus "clear all"; names, never codes. */
async function renderChips(box, p, onChange) {
  const chips = [];
  for (const level of ['province', 'prefecture', 'county']) {
    const code = p.get(level);
    if (!code) continue;
    const parent = level === 'province' ? null : level === 'prefecture' ? p.get('province') : p.get('prefecture');
    let name = code;
    try { name = ((await regionsUnder(parent)).find(r => r.code === code) || { name: code }).name; } catch { /* the code is shown */ }
    chips.push({ label: name, remove: ['province', 'prefecture', 'county'].slice(['province', 'prefecture', 'county'].indexOf(level)) });
  }
  const from = p.get('yearFrom'), to = p.get('yearTo');
  if (from || to) chips.push({ label: from && to ? (from === to ? `${from}年` : `${from}–${to}年`) : from ? `${from}年起` : `至${to}年`, remove: ['yearFrom', 'yearTo'] });
  if (p.get('agencyKind')) chips.push({ label: agencyKindLabel(p.get('agencyKind')), remove: ['agencyKind'] });
  if (p.get('template')) chips.push({ label: TEMPLATE_LABELS[p.get('template')] || p.get('template'), remove: ['template'] });
  if (p.get('hasFlags') === 'true') chips.push({ label: '有数据质量标记', remove: ['hasFlags'] });
  if (!chips.length) { box.innerHTML = ''; box.hidden = true; return; }
  box.hidden = false;
  box.innerHTML = `<span class="chips-label">筛选 Filters:</span>${chips.map((chip, i) =>
    `<button type="button" class="chip" data-chip="${i}" aria-label="移除筛选 Remove filter ${escapeHtml(chip.label)}">${escapeHtml(chip.label)} <span aria-hidden="true">×</span></button>`).join('')}
    <button type="button" class="chip clear" data-clear-all>清除全部 Clear all</button>`;
  box.querySelectorAll('[data-chip]').forEach(button => button.addEventListener('click', () => {
    const next = new URLSearchParams(p);
    chips[Number(button.dataset.chip)].remove.forEach(name => next.delete(name));
    next.delete('after');
    onChange(next);
  }));
  box.querySelector('[data-clear-all]').addEventListener('click', () => {
    const next = new URLSearchParams(p);
    FILTER_PARAMS.forEach(name => next.delete(name));
    next.delete('after');
    onChange(next);
  });
}

function regionLine(region) { return region ? region.fullName : '地区未知'; }

// ---------- search view ----------

const REPORT_FIELDS = 'id title agencyName agencyKind year template region { code fullName } flags { kind }';

/** Moves within the search view: a new history entry, the results redrawn, the form and focus left in place. */
function searchNavigate(next) {
  // Busy from the first moment the URL changes, so nobody (person or test) reads the old results as the new ones.
  const results = main.querySelector('#results');
  if (results) results.setAttribute('aria-busy', 'true');
  history.pushState(null, '', `/?${next.toString()}`);
  updateSearch(params());
}

// The orders of `search(orderBy:)`; the empty choice is the default, relevance.
const SEARCH_ORDERS = [['YEAR_DESC', '年度从新到旧 Newest year'], ['YEAR_ASC', '年度从旧到新 Oldest year'],
  ['PUBLISHED_DESC', '发布日期从新到旧 Latest published'], ['PUBLISHED_ASC', '发布日期从旧到新 Earliest published'], ['REGION', '按地区代码 By region code']];

function searchOrder(p) {
  const sort = p.get('sort') || '';
  return SEARCH_ORDERS.some(([value]) => value === sort) ? sort : 'RELEVANCE';
}

async function renderSearch(p) {
  const q = p.get('q') || '';
  main.innerHTML = `
    <h1>检索年度报告 <small class="badge">Search reports</small></h1>
    <form class="searchbar" role="search">
      <input type="search" name="q" value="${escapeHtml(q)}" placeholder="例如：依申请公开 &quot;不予公开&quot; year:2018..2020" aria-label="检索词 Query" autocomplete="off">
      <button type="submit">检索 Search</button>
    </form>
    <details class="help"><summary>检索语法 Query syntax</summary>
      <p>多个词须同时出现：<code>依申请公开 行政复议</code> · 引号内为精确短语：<code>"不予公开"</code> · 或：<code>行政复议 OR 行政诉讼</code> ·
      排除：<code>-诉讼</code> · 字段：<code>title:工业</code> <code>agency:平罗县</code> · 年度：<code>year:2019</code> <code>year:2018..2020</code> ·
      地区：<code>region:640221</code> 或 <code>region:平罗县</code></p>
    </details>
    <div class="toolbar">
      <button type="button" class="secondary filters-toggle" aria-expanded="false" aria-controls="filters">筛选 Filters</button>
      <div class="chips" id="chips" aria-label="当前筛选 Active filters" hidden></div>
    </div>
    <div class="layout">
      <form class="filters" id="filters" aria-label="筛选 Filters"><div class="state loading">加载筛选项 Loading filters</div></form>
      <section aria-label="结果 Results"><div id="results"><div class="state loading">检索中 Searching</div></div></section>
    </div>`;
  main.querySelector('form.searchbar').addEventListener('submit', event => {
    event.preventDefault();
    const next = new URLSearchParams(params());
    const value = main.querySelector('input[name=q]').value.trim();
    if (value) next.set('q', value); else next.delete('q');
    next.delete('after');
    next.set('view', 'search');
    searchNavigate(next); // the search box keeps focus: nothing around it is rebuilt
  });
  const toggle = main.querySelector('.filters-toggle');
  const form = main.querySelector('#filters');
  toggle.addEventListener('click', () => {
    const open = !form.classList.contains('open');
    form.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', String(open));
    if (open) { const first = form.querySelector('select, input'); if (first) first.focus(); }
  });

  try {
    form.innerHTML = `<label class="sort" ${q ? '' : 'hidden'}>排序 Sort<select name="sort">${options(SEARCH_ORDERS, p.get('sort') || '', '相关度 Relevance')}</select></label>
      ${await regionPickers(p)}${yearInputs(p)}
      <label>机关类型 Agency kind<select name="agencyKind">${options(AGENCY_KINDS, p.get('agencyKind') || '', '全部 All')}</select></label>
      <label>模板 Template<select name="template">${options(TEMPLATES, p.get('template') || '', '全部 All')}</select></label>
      <label class="check"><input type="checkbox" name="hasFlags" value="true" ${p.get('hasFlags') === 'true' ? 'checked' : ''}> 仅显示有数据质量问题的报告 Only reports with quality flags</label>
      <div class="apply-row"><button type="submit">应用筛选 Apply</button><span class="pending-hint">按 Enter 应用 Press Enter to apply</span></div>
      <div id="facets"></div>`;
    bindFilterForm(form, params, ['after'], next => searchNavigate(next));
  } catch (e) {
    form.innerHTML = stateBox('error', '筛选项加载失败 Filters failed: ' + e.message);
  }
  await loadSearchResults(p);
}

/** The search view for new URL state without rebuilding the search box or the filters. */
async function updateSearch(p) {
  const form = main.querySelector('#filters');
  const input = main.querySelector('input[name=q]');
  if (input && document.activeElement !== input) input.value = p.get('q') || '';
  const mine = ++updateGeneration;
  if (form && form.querySelector('select[name=province]')) await syncFilterForm(form, p);
  if (mine !== updateGeneration) return; // a newer state is being shown
  await loadSearchResults(p);
  document.body.dataset.ready = 'search';
}

/** Bumped by each new URL state: an answer that arrives after a newer request began is dropped, not shown. */
let updateGeneration = 0;
let resultsGeneration = 0;

async function loadSearchResults(p) {
  const mine = ++resultsGeneration;
  const q = p.get('q') || '';
  const results = main.querySelector('#results');
  const chipBox = main.querySelector('#chips');
  const toggle = main.querySelector('.filters-toggle');
  const active = FILTER_PARAMS.filter(name => p.get(name)).length;
  if (toggle) toggle.textContent = active ? `筛选 Filters (${active})` : '筛选 Filters';
  renderChips(chipBox, p, next => searchNavigate(next));
  results.setAttribute('aria-busy', 'true');
  const filter = filterFromParams(p);
  const after = p.get('after') || null;
  try {
    if (q) {
      const data = await gql(`query Search($q: String!, $filter: ReportFilter, $first: Int!, $after: String, $order: SearchOrder!) {
        search(query: $q, filter: $filter, first: $first, after: $after, orderBy: $order, facets: [YEAR, PROVINCE, AGENCY_KIND, TEMPLATE]) {
          totalCount pageInfo { hasNextPage endCursor }
          facets { name values { value count region { name } } }
          edges { score snippets { html } node { ${REPORT_FIELDS} } } } }`, { q, filter, first: PAGE_SIZE, after, order: searchOrder(p) });
      if (mine !== resultsGeneration) return;
      const connection = data.search;
      renderFacets(p, connection.facets);
      renderResults(results, p, connection.totalCount, connection.edges.map(e => ({ report: e.node, snippets: e.snippets })), connection.pageInfo);
    } else {
      const data = await gql(`query Browse($filter: ReportFilter, $first: Int!, $after: String) {
        reports(filter: $filter, first: $first, after: $after, orderBy: YEAR_DESC) {
          totalCount pageInfo { hasNextPage endCursor } nodes { ${REPORT_FIELDS} } } }`, { filter, first: PAGE_SIZE, after });
      if (mine !== resultsGeneration) return;
      renderFacets(p, []);
      renderResults(results, p, data.reports.totalCount, data.reports.nodes.map(report => ({ report, snippets: [] })), data.reports.pageInfo);
    }
  } catch (e) {
    if (mine !== resultsGeneration) return;
    results.innerHTML = stateBox('error', '检索失败 Search failed: ' + e.message);
    announce('Search failed');
  }
  results.removeAttribute('aria-busy');
}

function renderFacets(p, facets) {
  const box = main.querySelector('#facets');
  if (!box) return;
  const facetParam = { YEAR: null, PROVINCE: 'province', AGENCY_KIND: 'agencyKind', TEMPLATE: 'template' };
  box.innerHTML = facets.filter(f => f.values.length).map(facet => `
    <div class="facet"><h3>${escapeHtml(FACET_LABELS[facet.name] || facet.name)}</h3><ul>
      ${facet.values.slice(0, 12).map(v => `<li><button type="button" data-facet="${facet.name}" data-value="${escapeHtml(v.value)}">
        <span>${escapeHtml(facetValueLabel(facet.name, v))}</span><span class="count">${v.count}</span></button></li>`).join('')}
    </ul></div>`).join('');
  box.querySelectorAll('button[data-facet]').forEach(button => button.addEventListener('click', () => {
    const next = new URLSearchParams(p);
    const { facet, value } = button.dataset;
    if (facet === 'YEAR') { next.set('yearFrom', value); next.set('yearTo', value); }
    else if (facet === 'PROVINCE') { next.set('province', value); next.delete('prefecture'); next.delete('county'); }
    else next.set(facetParam[facet], value);
    next.delete('after');
    searchNavigate(next);
  }));
}

function facetValueLabel(name, value) {
  if (value.region) return value.region.name;
  if (name === 'AGENCY_KIND') return agencyKindLabel(value.value);
  if (name === 'TEMPLATE') return TEMPLATE_LABELS[value.value] || value.value;
  return value.value;
}

function renderResults(box, p, total, items, pageInfo) {
  if (!items.length) {
    box.innerHTML = stateBox('empty', p.get('q') ? '没有找到匹配的报告。试试更短的词或放宽筛选条件。 No matching reports.' : '没有报告。 No reports.');
    announce('No results');
    return;
  }
  const q = p.get('q') || '';
  box.innerHTML = `<p class="summary">共 ${total} 份报告 · ${total === 1 ? '1 report' : `${total} reports`}</p>
    <ol class="results">${items.map(({ report, snippets }) => `<li>
      <a class="title" href="/?view=report&id=${encodeURIComponent(report.id)}${q ? '&q=' + encodeURIComponent(q) : ''}" data-nav>${escapeHtml(report.title || report.agencyName || '(无标题)')}</a>
      <div class="meta"><span>${escapeHtml(report.agencyName || '机关未知')}</span><span>${escapeHtml(regionLine(report.region))}</span>
        <span>${report.year ?? '年度未知'}年</span><span class="badge">${escapeHtml(TEMPLATE_LABELS[report.template] || report.template)}</span>
        ${report.flags.length ? `<span class="badge warn" title="${escapeHtml(report.flags.map(f => flagLabel(f.kind)).join('、'))}">${escapeHtml(report.flags.map(f => flagLabel(f.kind)).slice(0, 2).join('、'))}${report.flags.length > 2 ? ` 等 ${report.flags.length} 项` : ''}</span>` : ''}</div>
      ${snippets.map(s => `<p class="snippet">${s.html}</p>`).join('')}
    </li>`).join('')}</ol>
    <div class="pager">
      <button type="button" class="secondary" data-prev ${p.get('after') ? '' : 'disabled'}>上一页 Previous</button>
      <button type="button" data-next ${pageInfo.hasNextPage ? '' : 'disabled'}>下一页 Next</button>
    </div>`;
  box.querySelector('[data-prev]').addEventListener('click', () => history.back());
  box.querySelector('[data-next]').addEventListener('click', () => {
    const next = new URLSearchParams(p);
    next.set('after', pageInfo.endCursor);
    searchNavigate(next);
  });
  announce(`${total} results`);
}

// ---------- report view ----------

async function renderReport(p) {
  const id = p.get('id');
  const q = p.get('q') || '';
  main.innerHTML = stateBox('loading', '加载报告 Loading report');
  let report;
  try {
    const data = await gql(`query Report($id: ID!, $q: String!, $withQuery: Boolean!) {
      report(id: $id) { id title agencyName agencyKind year published template fileName text
        region { code fullName }
        highlightedText(query: $q) @include(if: $withQuery) { highlights { start end } }
        metrics { key label value unit origin source { start end text } }
        flags { kind detail } } }`, { id, q: q || '-', withQuery: Boolean(q) });
    report = data.report;
  } catch (e) {
    main.innerHTML = stateBox('error', '报告加载失败 Report failed to load: ' + e.message);
    return;
  }
  if (!report) {
    main.innerHTML = stateBox('empty', '没有这份报告。 No such report.');
    return;
  }
  const highlights = report.highlightedText ? report.highlightedText.highlights : [];
  const flaggedKeys = keysConcernedByFlags(report.flags, report.metrics);
  main.innerHTML = `
    <p><a href="${q ? '/?view=search&q=' + encodeURIComponent(q) : '/'}" data-nav>← 返回检索 Back to search</a></p>
    <h1>${escapeHtml(report.title || '(无标题)')}</h1>
    <div class="meta"><span>${escapeHtml(report.agencyName || '机关未知')}</span><span>${escapeHtml(regionLine(report.region))}</span>
      <span>${report.year ?? '年度未知'}年</span><span>发布 ${escapeHtml(report.published || '未注明')}</span>
      <span class="badge">${escapeHtml(TEMPLATE_LABELS[report.template] || report.template)}</span><span>${escapeHtml(agencyKindLabel(report.agencyKind))}</span></div>
    <nav class="view-tabs" aria-label="视图 Views"><strong aria-current="page">报告 Report</strong>${reportLink(report, 'card', '质量检查 Report card')}${reportLink(report, 'years', '两年对比 Two-year view')}</nav>
    <p class="original"><a href="/reports/${encodeURIComponent(report.id)}/original" download>下载原件文字 Download the file's text</a>
      <span class="muted">${escapeHtml(report.fileName)} · 入库时解码的全文（UTF-8 文本）；原始文件字节目前不保存 The text as decoded at ingest (UTF-8); the original bytes are not stored.</span></p>
    <div class="report-grid">
      <section aria-label="统计数据 Metrics">
        <h2>统计数据 Metrics <span class="badge">${report.metrics.length}</span></h2>
        ${report.flags.length ? `<ul class="flag-list" aria-label="数据质量标记 Quality flags">${report.flags.map(f =>
          `<li><strong title="${escapeHtml(f.kind)}">${escapeHtml(flagLabel(f.kind))}</strong>：${escapeHtml(f.detail)}</li>`).join('')}</ul>` : ''}
        ${report.metrics.length ? metricTables(report.metrics, flaggedKeys) : stateBox('empty', '这份报告没有可提取的统计数据。 No statistics were extracted.')}
      </section>
      <section aria-label="全文 Full text">
        <h2>全文 Full text</h2>
        <div class="fulltext" id="fulltext" tabindex="0"></div>
      </section>
    </div>`;
  const textBox = main.querySelector('#fulltext');
  const showText = mark => { textBox.innerHTML = markedText(report.text, highlights, mark); };
  showText(null);
  const byKey = new Map(report.metrics.map(m => [m.key, m]));
  main.querySelectorAll('button.value').forEach(button => button.addEventListener('click', () => {
    const metric = byKey.get(button.dataset.key);
    showText({ start: metric.source.start, end: metric.source.end });
    const mark = textBox.querySelector('mark.source');
    if (mark) {
      scrollIntoText(textBox, mark);
      mark.setAttribute('tabindex', '-1');
      mark.focus({ preventScroll: true });
    }
    const next = params();
    next.set('mark', metric.key);
    history.replaceState(null, '', '/?' + next.toString());
    announce(`${metric.label}: ${metric.value}`);
  }));
  // Opened from a search: the page starts at the report's title; the first match is brought into view inside the
  // text box only (scrolling the page to it would jump past the title and the tables).
  window.scrollTo(0, 0);
  const initial = p.get('mark') && main.querySelector(`button.value[data-key="${CSS.escape(p.get('mark'))}"]`);
  if (initial) initial.click();
  else if (highlights.length) {
    const first = textBox.querySelector('mark.hit');
    if (first && textBox.scrollHeight > textBox.clientHeight) textBox.scrollTop = Math.max(0, first.offsetTop - textBox.clientHeight / 3);
  }
}

/**
 * Brings a marked passage into view: inside the text box when it scrolls by itself (desktop), so the page keeps the
 * title and the tables where they are; by scrolling the page only when the text is part of the page (phone).
 */
function scrollIntoText(textBox, element) {
  if (textBox.scrollHeight > textBox.clientHeight + 1) {
    textBox.scrollTop = Math.max(0, element.offsetTop - textBox.clientHeight / 2);
    const box = textBox.getBoundingClientRect();
    if (box.top < 0 || box.top > window.innerHeight) textBox.scrollIntoView({ block: 'nearest' });
  } else {
    element.scrollIntoView({ block: 'center', behavior: 'instant' });
  }
}

/** The text as HTML with query matches in <mark class="hit"> and the selected source span in <mark class="source">. */
function markedText(text, highlights, source) {
  const bounds = new Set([0, text.length]);
  highlights.forEach(h => { bounds.add(h.start); bounds.add(h.end); });
  if (source) { bounds.add(source.start); bounds.add(source.end); }
  const points = [...bounds].filter(i => i >= 0 && i <= text.length).sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    let piece = escapeHtml(text.slice(from, to));
    if (highlights.some(h => h.start <= from && to <= h.end)) piece = `<mark class="hit">${piece}</mark>`;
    if (source && source.start <= from && to <= source.end) {
      const first = from === source.start;
      piece = `<mark class="source"${first ? ' id="source-mark"' : ''}>${piece}</mark>`;
    }
    html += piece;
  }
  return html;
}

/** Which metric keys a flag speaks of: keys named in its detail, or the cells of the identity it names. */
function keysConcernedByFlags(flags, metrics) {
  const concerned = new Map();
  const keys = metrics.map(m => m.key);
  const add = (key, flag) => { if (!concerned.has(key)) concerned.set(key, []); concerned.get(key).push(flag); };
  for (const flag of flags) {
    const text = flag.detail;
    keys.filter(k => new RegExp(`(^|[^a-z_.])${k.replace(/\./g, '\\.')}([^a-z_.]|$)`).test(text)).forEach(k => add(k, flag));
    const identity = /^([a-z_.]+)(?:\[([a-z_.]+)\])?/.exec(text);
    if (!identity) continue;
    const [, id, scope] = identity;
    const rows = ['apply.new', 'apply.carried_in', 'apply.result.total', 'apply.carried_out'];
    if (id === 'apply.balance' && scope) rows.forEach(r => add(`${r}.${scope}`, flag));
    else if (id === 'apply.row_total' && scope) keys.filter(k => k.startsWith(`apply.${scope}.`)).forEach(k => add(k, flag));
    else if (id === 'apply.result_total' && scope) keys.filter(k => k.startsWith('apply.result.') && k.endsWith(`.${scope}`)).forEach(k => add(k, flag));
    else if (/^(review|litigation\.direct|litigation\.after_review)\.total$/.test(id)) {
      const prefix = id.slice(0, -'.total'.length) + '.';
      keys.filter(k => k.startsWith(prefix) && k.split('.').length === prefix.split('.').length).forEach(k => add(k, flag));
    }
  }
  return concerned;
}

/** The report's metrics as the template's own tables: 二 (active), 三 (apply), 四 (review, litigation), statistics/prose. */
function metricTables(metrics, flaggedKeys) {
  const groups = [
    ['二、主动公开政府信息情况', m => m.key.startsWith('active.')],
    ['三、收到和处理政府信息公开申请情况', m => m.key.startsWith('apply.')],
    ['四、政府信息公开行政复议、行政诉讼情况', m => m.key.startsWith('review.') || m.key.startsWith('litigation.')],
    ['统计表与正文数据 Statistics table and prose figures', m => m.key.startsWith('legacy.')],
  ];
  return groups.map(([caption, test]) => {
    const inGroup = metrics.filter(test);
    if (!inGroup.length) return '';
    return inGroup.some(m => m.label.includes('·')) ? matrixTable(caption, inGroup, flaggedKeys) : listTable(caption, inGroup, flaggedKeys);
  }).join('');
}

function valueButton(metric, flaggedKeys) {
  const flags = flaggedKeys.get(metric.key) || [];
  const title = `${metric.label}：${metric.value}${metric.unit || ''} — 点击查看出处 (${ORIGIN_LABELS[metric.origin] || metric.origin})` +
    (flags.length ? ' ⚠ ' + flags.map(f => f.detail).join('; ') : '');
  return `<button type="button" class="value${flags.length ? ' flagged' : ''}" data-key="${escapeHtml(metric.key)}" title="${escapeHtml(title)}">${formatNumber(metric.value)}${flags.length ? ' ⚠' : ''}</button>`;
}

function matrixTable(caption, metrics, flaggedKeys) {
  const rows = [];
  const columns = [];
  const cells = new Map();
  for (const metric of metrics) {
    const cut = metric.key.lastIndexOf('.');
    const rowKey = metric.key.slice(0, cut);
    const columnKey = metric.key.slice(cut + 1);
    // "行政诉讼·未经复议直接起诉·结果维持": the last part names the column, the rest the row, so table 四's two
    // 行政诉讼 rows read 行政诉讼（未经复议直接起诉） and 行政诉讼（复议后起诉）.
    const parts = metric.label.split('·');
    const columnLabel = parts.length > 1 ? parts.pop() : null;
    const rowLabel = parts.length > 1 ? `${parts[0]}（${parts.slice(1).join('·')}）` : parts[0];
    if (!rows.some(r => r.key === rowKey)) rows.push({ key: rowKey, label: rowLabel });
    if (!columns.some(c => c.key === columnKey)) columns.push({ key: columnKey, label: columnLabel || columnKey });
    cells.set(`${rowKey}|${columnKey}`, metric);
  }
  return `<div class="table-scroll"><table class="metrics"><caption>${escapeHtml(caption)}</caption>
    <thead><tr><th scope="col">项目</th>${columns.map(c => `<th scope="col">${escapeHtml(c.label)}</th>`).join('')}</tr></thead>
    <tbody>${rows.map(r => `<tr><th scope="row">${escapeHtml(r.label)}</th>${columns.map(c => {
      const metric = cells.get(`${r.key}|${c.key}`);
      return `<td class="num">${metric ? valueButton(metric, flaggedKeys) : ''}</td>`;
    }).join('')}</tr>`).join('')}</tbody></table></div>`;
}

function listTable(caption, metrics, flaggedKeys) {
  return `<div class="table-scroll"><table class="metrics"><caption>${escapeHtml(caption)}</caption>
    <thead><tr><th scope="col">统计指标</th><th scope="col">数值</th><th scope="col">单位</th><th scope="col">来源</th></tr></thead>
    <tbody>${metrics.map(m => `<tr><th scope="row">${escapeHtml(m.label)}</th><td class="num">${valueButton(m, flaggedKeys)}</td>
      <td>${escapeHtml(m.unit || '')}</td><td>${ORIGIN_LABELS[m.origin] || escapeHtml(m.origin)}</td></tr>`).join('')}</tbody></table></div>`;
}

// ---------- report card and two-year view ----------

// The names are GraphQL's (QualityCheckKind, QualityVerdict), each with its Chinese label beside it.
const CHECK_LABELS = {
  TIMELINESS: '按时发布', TABLE_PRESENT: '表格齐全', TABLE_FILLED: '表格已填写', SECTION_PRESENT: '章节齐全',
  CARRY_OVER: '跨年结转衔接', IN_FORCE_BALANCE: '现行有效件数衔接', COPIED_FROM_PREVIOUS: '与上年正文重复',
};
const VERDICT_LABELS = { PASS: '通过', FAIL: '不通过', UNKNOWN: '无法判断' };
const CROSS_YEAR_CHECKS = ['CARRY_OVER', 'IN_FORCE_BALANCE'];
// The rule of `ReportQuality.score`, as the schema states it.
const SCORE_RULE = 'score = round(100 × PASS ÷ (PASS + FAIL))；UNKNOWN 不计入 (counts neither way)';
const SIBLING_FIELDS = 'id title year';

function checkName(kind) { return `<code>${escapeHtml(kind)}</code> ${escapeHtml(CHECK_LABELS[kind] || '')}`; }
function verdictBadge(verdict) { return `<span class="verdict ${escapeHtml(verdict.toLowerCase())}">${escapeHtml(verdict)} ${escapeHtml(VERDICT_LABELS[verdict] || '')}</span>`; }
function reportLink(report, view, text) {
  return `<a href="/?view=${view}&id=${encodeURIComponent(report.id)}" data-nav>${escapeHtml(text)}</a>`;
}

/** previous / next of the series, and the series' years, as links within <paramref>view</paramref>. */
function seriesNav(report, view) {
  const previous = report.previous ? reportLink(report.previous, view, `← 上一年 previous (${report.previous.year ?? '?'})`) : '<span class="muted">无上一年 no previous</span>';
  const next = report.next ? reportLink(report.next, view, `下一年 next (${report.next.year ?? '?'}) →`) : '<span class="muted">无下一年 no next</span>';
  const years = report.series.reports.map(r => r.id === report.id
    ? `<strong aria-current="page">${r.year ?? '?'}</strong>` : reportLink(r, view, String(r.year ?? '?'))).join(' ');
  return `<nav class="series-nav" aria-label="系列 Series"><span data-previous>${previous}</span><span class="series-years">系列 series: ${years}</span><span data-next>${next}</span></nav>`;
}

function reportHeader(report, current) {
  const views = [['report', '报告 Report'], ['card', '质量检查 Report card'], ['years', '两年对比 Two-year view']];
  return `<h1>${escapeHtml(report.title || '(无标题)')}</h1>
    <div class="meta"><span>${escapeHtml(report.agencyName || '机关未知')}</span><span>${escapeHtml(regionLine(report.region))}</span>
      <span>${report.year ?? '年度未知'}年</span><span class="badge">${escapeHtml(TEMPLATE_LABELS[report.template] || report.template)}</span></div>
    <nav class="view-tabs" aria-label="视图 Views">${views.map(([view, label]) => view === current
      ? `<strong aria-current="page">${escapeHtml(label)}</strong>` : reportLink(report, view, label)).join('')}</nav>`;
}

function evidenceItem(evidence, report) {
  const where = evidence.report.id === report.id ? '本报告 this report' : `${evidence.report.year ?? '?'}年 year before`;
  if (evidence.cell) {
    const cell = evidence.cell;
    const value = cell.state === 'PRINTED' ? formatNumber(cell.value) : cell.state;
    return `<li data-evidence-key="${escapeHtml(cell.key)}" data-evidence-report="${escapeHtml(evidence.report.id)}">${escapeHtml(where)} ·
      <a href="/?view=report&id=${encodeURIComponent(evidence.report.id)}&mark=${encodeURIComponent(cell.key)}" data-nav>${escapeHtml(cell.label)}</a>
      <code>${escapeHtml(cell.key)}</code> = <strong>${escapeHtml(value)}</strong></li>`;
  }
  return `<li>${escapeHtml(where)} · <q>${escapeHtml(evidence.text || '')}</q></li>`;
}

const QUALITY_FIELDS = `quality { score checks { kind verdict subject detail amount
  evidence { report { id year } cell { key label state value } text } } }`;

async function renderCard(p) {
  main.innerHTML = stateBox('loading', '加载质量检查 Loading report card');
  let report;
  try {
    report = (await gql(`query Card($id: ID!) { report(id: $id) { id title agencyName year template region { code fullName }
      previous { ${SIBLING_FIELDS} } next { ${SIBLING_FIELDS} } series { reports { id year } } ${QUALITY_FIELDS} } }`, { id: p.get('id') })).report;
  } catch (e) {
    main.innerHTML = stateBox('error', '质量检查加载失败 Report card failed to load: ' + e.message);
    return;
  }
  if (!report) { main.innerHTML = stateBox('empty', '没有这份报告。 No such report.'); return; }
  const checks = report.quality.checks;
  const count = verdict => checks.filter(c => c.verdict === verdict).length;
  main.innerHTML = `${reportHeader(report, 'card')}${seriesNav(report, 'card')}
    <section class="card" aria-label="质量检查 Report card">
      <p class="score">评分 score <strong data-score>${report.quality.score ?? '—'}</strong>
        <span class="muted">${count('PASS')} PASS · ${count('FAIL')} FAIL · ${count('UNKNOWN')} UNKNOWN</span></p>
      <p class="muted rule">${escapeHtml(SCORE_RULE)}</p>
      <div class="table-scroll"><table class="metrics checks"><caption>检查 Checks</caption>
        <thead><tr><th scope="col">检查 kind</th><th scope="col">对象 subject</th><th scope="col">结论 verdict</th><th scope="col">说明 detail</th><th scope="col">证据 evidence</th></tr></thead>
        <tbody>${checks.map(c => `<tr class="check ${escapeHtml(c.verdict.toLowerCase())}" data-kind="${escapeHtml(c.kind)}" data-subject="${escapeHtml(c.subject)}" data-verdict="${escapeHtml(c.verdict)}">
          <th scope="row">${checkName(c.kind)}</th><td><code>${escapeHtml(c.subject)}</code></td><td>${verdictBadge(c.verdict)}</td>
          <td class="detail">${escapeHtml(c.detail)}</td>
          <td><ul class="evidence">${c.evidence.map(e => evidenceItem(e, report)).join('')}</ul></td></tr>`).join('')}</tbody></table></div>
    </section>`;
  announce(`score ${report.quality.score ?? 'none'}, ${count('FAIL')} FAIL`);
}

/** The three tables' groups of cell keys, in the template's order. */
const TABLE_GROUPS = [
  ['二、主动公开政府信息情况', key => key.startsWith('active.')],
  ['三、收到和处理政府信息公开申请情况', key => key.startsWith('apply.')],
  ['四、政府信息公开行政复议、行政诉讼情况', key => key.startsWith('review.') || key.startsWith('litigation.')],
];

function cellText(cell) {
  if (!cell) return '—';
  return cell.state === 'PRINTED' ? formatNumber(cell.value) : ({ BLANK: '空白', NOT_APPLICABLE: '不适用', TEXT: '文字', UNREAD: '未读' }[cell.state] || cell.state);
}

/** A cell differs between the years when its state or its printed value does; a key in one template only is no difference. */
function cellsDiffer(before, now) {
  if (!before || !now) return false;
  return before.state !== now.state || (now.state === 'PRINTED' && before.value !== now.value);
}

function difference(before, now) {
  if (!before || !now || before.state !== 'PRINTED' || now.state !== 'PRINTED') return '';
  const delta = now.value - before.value;
  return delta > 0 ? `+${formatNumber(delta)}` : formatNumber(delta);
}

/** One table with each template column split in two, the year before beside this year; differences and cross-year failures marked. */
function twoYearTable(caption, keys, before, now, failed) {
  const rows = [], columns = [];
  for (const key of keys) {
    const cell = now.cells.get(key) || before.cells.get(key);
    const cut = key.lastIndexOf('.');
    const rowKey = key.slice(0, cut), columnKey = key.slice(cut + 1);
    const parts = cell.label.split('·');
    const columnLabel = parts.length > 1 ? parts.pop() : columnKey;
    const rowLabel = parts.length > 1 ? `${parts[0]}（${parts.slice(1).join('·')}）` : parts[0];
    if (!rows.some(r => r.key === rowKey)) rows.push({ key: rowKey, label: rowLabel });
    if (!columns.some(c => c.key === columnKey)) columns.push({ key: columnKey, label: columnLabel });
  }
  const td = (report, key, other, side) => {
    const cell = report.cells.get(key);
    const classes = ['num', side];
    if (cell && cellsDiffer(other.cells.get(key), cell)) classes.push('changed');
    if (failed.has(`${report.id}|${key}`)) classes.push('cross-fail');
    const delta = side === 'now' ? difference(other.cells.get(key), cell) : '';
    return `<td class="${classes.join(' ')}" data-key="${escapeHtml(key)}" data-year="${report.year ?? ''}"${delta ? ` title="${escapeHtml(`比上年 ${delta}`)}"` : ''}>${escapeHtml(cellText(cell))}${delta ? ` <small class="delta">${escapeHtml(delta)}</small>` : ''}</td>`;
  };
  return `<div class="table-scroll"><table class="metrics two-year"><caption>${escapeHtml(caption)}</caption>
    <thead><tr><th scope="col" rowspan="2">项目</th>${columns.map(c => `<th scope="colgroup" colspan="2">${escapeHtml(c.label)}</th>`).join('')}</tr>
      <tr>${columns.map(() => `<th scope="col">${before.year ?? '?'}</th><th scope="col">${now.year ?? '?'}</th>`).join('')}</tr></thead>
    <tbody>${rows.map(r => `<tr><th scope="row">${escapeHtml(r.label)}</th>${columns.map(c => {
      const key = `${r.key}.${c.key}`;
      return keys.includes(key) ? td(before, key, now, 'before') + td(now, key, before, 'now') : '<td></td><td></td>';
    }).join('')}</tr>`).join('')}</tbody></table></div>`;
}

async function renderYears(p) {
  main.innerHTML = stateBox('loading', '加载两年对比 Loading two-year view');
  const cellFields = 'tableCellsRecorded tableCells { key label state value }';
  let report;
  try {
    report = (await gql(`query Years($id: ID!) { report(id: $id) { id title agencyName year template region { code fullName }
      previous { ${SIBLING_FIELDS} template ${cellFields} } next { ${SIBLING_FIELDS} } series { reports { id year } } ${cellFields}
      quality { checks(kinds: [CARRY_OVER, IN_FORCE_BALANCE], verdicts: [FAIL]) { kind verdict subject detail amount
        evidence { report { id year } cell { key label state value } text } } } } }`, { id: p.get('id') })).report;
  } catch (e) {
    main.innerHTML = stateBox('error', '两年对比加载失败 Two-year view failed to load: ' + e.message);
    return;
  }
  if (!report) { main.innerHTML = stateBox('empty', '没有这份报告。 No such report.'); return; }
  const head = `${reportHeader(report, 'years')}${seriesNav(report, 'years')}`;
  if (!report.previous) { main.innerHTML = head + stateBox('empty', '这个系列没有上一年的报告。 The series has no report of an earlier year.'); return; }
  const side = r => ({ id: r.id, year: r.year, cells: new Map(r.tableCells.map(c => [c.key, c])) });
  const now = side(report), before = side(report.previous);
  const failures = report.quality.checks.filter(c => CROSS_YEAR_CHECKS.includes(c.kind));
  const failed = new Set(failures.flatMap(c => c.evidence.filter(e => e.cell).map(e => `${e.report.id}|${e.cell.key}`)));
  const keys = [...new Set([...report.tableCells.map(c => c.key), ...report.previous.tableCells.map(c => c.key)])];
  const tables = TABLE_GROUPS.map(([caption, test]) => {
    const inTable = keys.filter(test);
    return inTable.length ? twoYearTable(caption, inTable, before, now, failed) : '';
  }).join('');
  const changed = keys.filter(k => cellsDiffer(before.cells.get(k), now.cells.get(k))).length;
  main.innerHTML = `${head}
    <p class="legend-line"><span class="swatch changed"></span> 与上年不同 differs from ${before.year ?? '?'} (${changed})
      <span class="swatch cross-fail"></span> 跨年检查不通过 cross-year check FAIL (${failures.length})</p>
    ${failures.length ? `<ul class="cross-failures" aria-label="跨年检查不通过 Cross-year check failures">${failures.map(c =>
      `<li data-kind="${escapeHtml(c.kind)}" data-subject="${escapeHtml(c.subject)}">${checkName(c.kind)} <code>${escapeHtml(c.subject)}</code> ${verdictBadge(c.verdict)}：${escapeHtml(c.detail)}</li>`).join('')}</ul>` : ''}
    ${!report.tableCellsRecorded || !report.previous.tableCellsRecorded ? stateBox('empty', '表格单元格未记录（2019 年以前的模板或入库较早）。 Table cells are not recorded for one of the two reports.') : ''}
    ${tables}`;
  announce(`${changed} cells differ, ${failures.length} cross-year failures`);
}

// ---------- metrics view ----------

let metricKeysCache = null;

/** RFC 4180 rows of a CSV text (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

function median(sorted) {
  const n = sorted.length;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

/** Sum, average, median and report count of each group of values (one value per report and key). */
function summarize(groups) {
  const out = new Map();
  for (const [group, values] of groups) {
    const sorted = values.slice().sort((a, b) => a - b);
    const sum = sorted.reduce((t, v) => t + v, 0);
    out.set(group, { reports: sorted.length, sum, avg: sum / sorted.length, median: median(sorted) });
  }
  return out;
}

function groupBy(rows, keyOf) {
  const groups = new Map();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null || key === undefined || key === '') continue;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(row.value);
  }
  return groups;
}

/** The export's rows for one key under the view's filters: {year, regionCode, value, unit}. */
async function metricRows(key, filter) {
  const query = new URLSearchParams();
  query.set('keys', key);
  for (const name of ['regionCode', 'yearFrom', 'yearTo']) if (filter[name] !== undefined) query.set(name, String(filter[name]));
  const response = await fetch('/export/metrics.csv?' + query.toString());
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const [header, ...lines] = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
  const at = name => header.indexOf(name);
  return lines.filter(l => l.length === header.length).map(l => ({
    year: l[at('year')] ? Number(l[at('year')]) : null, regionCode: l[at('regionCode')], value: Number(l[at('value')]), unit: l[at('unit')], label: l[at('label')],
  }));
}

function statPicker(stat) {
  return `<fieldset class="stat"><legend>图表显示 Chart shows</legend>${Object.entries(STAT_LABELS).map(([value, label]) =>
    `<label class="check"><input type="radio" name="stat" value="${value}" ${value === stat ? 'checked' : ''}> ${escapeHtml(label)}</label>`).join('')}</fieldset>`;
}

async function renderMetrics(p) {
  main.innerHTML = `<h1>统计数据 <small class="badge">Metrics</small></h1>
    <div class="toolbar"><button type="button" class="secondary filters-toggle" aria-expanded="false" aria-controls="metric-filters">指标与筛选 Keys &amp; filters</button></div>
    <div class="layout">
      <form class="filters" id="metric-filters" aria-label="选择 Choose"><div class="state loading">加载 Loading</div></form>
      <section aria-label="年度序列 Series" id="series"></section>
    </div>`;
  const form = main.querySelector('form.filters');
  const toggle = main.querySelector('.filters-toggle');
  toggle.addEventListener('click', () => {
    const open = !form.classList.contains('open');
    form.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', String(open));
  });
  const metricsNavigate = next => { history.pushState(null, '', `/?${next.toString()}`); updateMetrics(params()); };
  try {
    if (!metricKeysCache) metricKeysCache = (await gql('{ metricKeys { key label unit templates } }')).metricKeys;
    const selected = (p.get('keys') || '').split(',').filter(Boolean);
    form.innerHTML = `${await regionPickers(p)}${yearInputs(p)}
      <div class="apply-row"><button type="submit">应用筛选 Apply</button><span class="pending-hint">按 Enter 应用 Press Enter to apply</span></div>
      ${statPicker(p.get('stat') || 'avg')}
      <label>查找指标 Find a key<input type="search" id="key-filter" placeholder="例如 申请 / apply.new"></label>
      <div class="keys" role="group" aria-label="统计指标 Metric keys">${metricKeysCache.map(k => `
        <label><input type="checkbox" name="key" value="${escapeHtml(k.key)}" ${selected.includes(k.key) ? 'checked' : ''}>
        <span>${escapeHtml(k.label)} <code>${escapeHtml(k.key)}</code></span></label>`).join('')}</div>`;
    bindFilterForm(form, params, [], metricsNavigate);
    form.querySelector('#key-filter').addEventListener('input', event => {
      const needle = event.target.value.trim();
      form.querySelectorAll('.keys label').forEach(label => { label.hidden = needle !== '' && !label.textContent.includes(needle); });
    });
    form.querySelector('#key-filter').addEventListener('keydown', event => { if (event.key === 'Enter') event.preventDefault(); });
    form.querySelectorAll('input[name=key]').forEach(box => box.addEventListener('change', () => {
      const keys = [...form.querySelectorAll('input[name=key]:checked')].map(b => b.value).slice(0, SERIES_COLORS.length);
      const next = new URLSearchParams(params());
      if (keys.length) next.set('keys', keys.join(',')); else next.delete('keys');
      metricsNavigate(next);
    }));
    form.querySelectorAll('input[name=stat]').forEach(radio => radio.addEventListener('change', () => {
      const next = new URLSearchParams(params());
      next.set('stat', radio.value);
      metricsNavigate(next);
    }));
  } catch (e) {
    form.innerHTML = stateBox('error', '加载失败 Failed: ' + e.message);
  }
  await loadMetrics(p);
}

async function updateMetrics(p) {
  const form = main.querySelector('form.filters');
  if (form && form.querySelector('select[name=province]')) await syncFilterForm(form, p);
  await loadMetrics(p);
  document.body.dataset.ready = 'metrics';
}

let metricsGeneration = 0;

async function loadMetrics(p) {
  const mine = ++metricsGeneration;
  const box = main.querySelector('#series');
  const selected = (p.get('keys') || '').split(',').filter(Boolean);
  const stat = STAT_LABELS[p.get('stat')] ? p.get('stat') : 'avg';
  if (!selected.length) { box.innerHTML = stateBox('empty', '请选择统计指标。 Pick one or more metric keys.'); return; }
  box.innerHTML = stateBox('loading', '计算中 Loading');
  const filter = filterFromParams(p);
  try {
    const definitions = new Map((metricKeysCache || []).map(k => [k.key, k]));
    const series = await Promise.all(selected.map(async key => {
      const rows = await metricRows(key, filter);
      const label = (definitions.get(key) || {}).label || key;
      // Values of different units are never added: the commonest unit is summarized, the others are counted apart.
      const units = [...groupBy(rows, r => r.unit || '-')].sort((a, b) => b[1].length - a[1].length);
      const unit = units.length ? units[0][0] : '';
      const kept = rows.filter(r => (r.unit || '-') === unit);
      return { key, label, unit: unit === '-' ? '' : unit, otherUnits: rows.length - kept.length, byYear: summarize(groupBy(kept, r => r.year)), rows: kept };
    }));
    const years = [...new Set(series.flatMap(s => [...s.byYear.keys()]))].sort((a, b) => a - b);
    const csv = new URLSearchParams();
    csv.set('keys', selected.join(','));
    for (const name of ['regionCode', 'yearFrom', 'yearTo']) if (filter[name] !== undefined) csv.set(name, String(filter[name]));
    const breakdown = await regionBreakdown(series, p);
    if (mine !== metricsGeneration) return;
    box.innerHTML = `
      <p><a class="button secondary" id="csv-link" href="/export/metrics.csv?${csv.toString()}" download="metrics.csv">下载 CSV Download CSV</a></p>
      ${years.length ? chart(series, years, stat, box.clientWidth) + seriesTable(series, years) + breakdown : stateBox('empty', '所选范围内没有数据。 No values in this selection.')}`;
    announce(`${series.length} series`);
  } catch (e) {
    if (mine !== metricsGeneration) return;
    box.innerHTML = stateBox('error', '计算失败 Failed: ' + e.message);
  }
}

/** A year-by-year SVG line chart of each series' chosen statistic, drawn at the box's own pixel width so labels stay 12 px. */
function chart(series, years, stat, boxWidth) {
  const width = Math.max(300, Math.min(900, Math.round(boxWidth || 720))), height = width < 500 ? 240 : 300;
  const left = 60, right = 24, top = 16, bottom = 34;
  const value = point => point[stat];
  const max = Math.max(1, ...series.flatMap(s => [...s.byYear.values()].map(value)));
  const x = year => years.length === 1 ? (left + width - right) / 2 : left + (year - years[0]) / (years[years.length - 1] - years[0]) * (width - left - right);
  const y = v => top + (1 - v / max) * (height - top - bottom);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map(t => t * max);
  const step = Math.max(1, Math.ceil(years.length / Math.floor((width - left - right) / 40)));
  const lines = series.map((s, i) => {
    const points = [...s.byYear.entries()].sort((a, b) => a[0] - b[0]);
    const color = SERIES_COLORS[i % SERIES_COLORS.length];
    return `<polyline fill="none" stroke="${color}" stroke-width="2" points="${points.map(([year, pt]) => `${x(year).toFixed(1)},${y(value(pt)).toFixed(1)}`).join(' ')}"/>` +
      points.map(([year, pt]) => `<circle cx="${x(year).toFixed(1)}" cy="${y(value(pt)).toFixed(1)}" r="4" fill="${color}"><title>${escapeHtml(s.label)} ${year}: ${formatNumber(value(pt))}（${pt.reports} 份报告）</title></circle>`).join('');
  }).join('');
  return `<figure class="chart-figure"><figcaption>${escapeHtml(STAT_LABELS[stat])}（每年按报告计 per report, by year）</figcaption>
    <svg class="chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="年度序列图 Year-by-year chart">
      ${ticks.map(t => `<line x1="${left}" x2="${width - right}" y1="${y(t)}" y2="${y(t)}" stroke="#e5e8ec"/><text x="${left - 6}" y="${y(t) + 4}" text-anchor="end">${formatNumber(Math.round(t * 10) / 10)}</text>`).join('')}
      ${years.filter((_, i) => i % step === 0).map(year => `<text x="${x(year)}" y="${height - 10}" text-anchor="middle">${year}</text>`).join('')}
      ${lines}
    </svg></figure>
    <div class="legend">${series.map((s, i) => `<span style="--c:${SERIES_COLORS[i % SERIES_COLORS.length]}">${escapeHtml(s.label)} <code>${escapeHtml(s.key)}</code></span>`).join('')}</div>`;
}

function statCells(point, unit) {
  if (!point) return '<td class="num">—</td><td class="num">—</td><td class="num">—</td><td class="num">—</td>';
  const u = escapeHtml(unit || '');
  return `<td class="num">${point.reports}</td><td class="num">${formatNumber(point.sum)}${u}</td><td class="num">${formatNumber(Math.round(point.avg * 100) / 100)}${u}</td><td class="num">${formatNumber(point.median)}${u}</td>`;
}

const STAT_HEADERS = '<th scope="col">报告数<span class="en"> Reports</span></th><th scope="col">合计<span class="en"> Sum</span></th><th scope="col">平均<span class="en"> Avg</span></th><th scope="col">中位数<span class="en"> Median</span></th>';

function seriesTable(series, years) {
  return series.map(s => `<div class="table-scroll"><table class="metrics stats"><caption>${escapeHtml(s.label)} <code>${escapeHtml(s.key)}</code> · 按年度 by year
      ${s.otherUnits ? `<small>（另有 ${s.otherUnits} 个值单位不同，未计入 ${s.otherUnits} values in other units left out）</small>` : ''}</caption>
    <thead><tr><th scope="col">年度<span class="en"> Year</span></th>${STAT_HEADERS}</tr></thead>
    <tbody>${years.map(year => `<tr><th scope="row">${year}</th>${statCells(s.byYear.get(year), s.unit)}</tr>`).join('')}</tbody></table></div>`).join('');
}

/** Each series by province (or, with a province chosen, by prefecture): reports, sum, average, median. */
async function regionBreakdown(series, p) {
  const province = p.get('province');
  const parent = province || null;
  const regions = await regionsUnder(parent);
  const names = new Map(regions.map(r => [r.code, r.name]));
  const regionOf = code => !code || code.length !== 6 ? null : province ? (code.startsWith(province.slice(0, 2)) ? code.slice(0, 4) + '00' : null) : code.slice(0, 2) + '0000';
  const title = province ? '按地市 by prefecture' : '按省份 by province';
  return series.map(s => {
    const byRegion = [...summarize(groupBy(s.rows, r => regionOf(r.regionCode)))].sort((a, b) => b[1].reports - a[1].reports);
    if (!byRegion.length) return '';
    return `<div class="table-scroll"><table class="metrics stats breakdown"><caption>${escapeHtml(s.label)} · ${title}</caption>
      <thead><tr><th scope="col">地区<span class="en"> Region</span></th>${STAT_HEADERS}</tr></thead>
      <tbody>${byRegion.map(([code, point]) => `<tr><th scope="row">${escapeHtml(names.get(code) || code)}</th>${statCells(point, s.unit)}</tr>`).join('')}</tbody></table></div>`;
  }).join('');
}

// ---------- routing ----------

async function render() {
  const p = params();
  const view = p.get('view') || 'search';
  document.querySelectorAll('nav a[data-view]').forEach(a => {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  if (view === 'report') await renderReport(p);
  else if (view === 'card') await renderCard(p);
  else if (view === 'years') await renderYears(p);
  else if (view === 'metrics') await renderMetrics(p);
  else await renderSearch(p);
  document.body.dataset.ready = view;
}

document.addEventListener('click', event => {
  const link = event.target.closest('a[data-nav]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  const url = new URL(link.href);
  history.pushState(null, '', url.pathname + url.search);
  render();
  main.focus({ preventScroll: true });
});
window.addEventListener('popstate', render);
render();

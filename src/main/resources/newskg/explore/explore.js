// newskg explorer: what every page shares. The pages build their content from the API's JSON with
// DOM nodes and text nodes only (never innerHTML), so no name or article text can become markup.

/** Base of the graph's own IRIs (newskg.vocab.NKG.ID); they open at /id/... on this server. */
export const ID_BASE = 'https://w3id.org/newskg/id/';

export class ApiError extends Error {
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}

/** GET /api/NAME with parameters; the JSON answer, or an ApiError with the API's message. */
export async function api(path, params = {}, signal) {
    const url = new URL(path, location.origin);
    for (const [k, v] of Object.entries(params)) {
        if (v !== undefined && v !== null && v !== '') {
            url.searchParams.set(k, v);
        }
    }
    let response;
    try {
        response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
    } catch (e) {
        if (e.name === 'AbortError') {
            throw e;
        }
        throw new ApiError(0, 'The server cannot be reached.');
    }
    let body = null;
    try {
        body = await response.json();
    } catch (e) {
        // An answer that is not JSON: the status says enough.
    }
    if (!response.ok) {
        throw new ApiError(response.status, body && body.error ? body.error : 'The server answered ' + response.status + '.');
    }
    return body;
}

/**
 * An element: el('a', {href: x, class: 'c'}, 'text', child). Strings become text nodes; attribute
 * values are set with setAttribute; null and false attributes and children are left out.
 */
export function el(tag, attrs = {}, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
        if (v === null || v === undefined || v === false) {
            continue;
        }
        if (k.startsWith('on') && typeof v === 'function') {
            e.addEventListener(k.slice(2), v);
        } else {
            e.setAttribute(k, v === true ? '' : String(v));
        }
    }
    append(e, children);
    return e;
}

/** Appends children as el() does: strings as text nodes; null, false and empty strings left out. */
export function append(parent, ...children) {
    for (const c of children.flat(Infinity)) {
        if (c === null || c === undefined || c === false || c === '') {
            continue;
        }
        parent.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
}

/** The page of an IRI: /id/... for the graph's own IRIs. */
export function pageHref(iri) {
    if (iri.startsWith(ID_BASE)) {
        return '/id/' + iri.slice(ID_BASE.length);
    }
    return '/explore/entity?iri=' + encodeURIComponent(iri);
}

/** The article page at some words of it. */
export function articleHref(articleIri, span) {
    const base = pageHref(articleIri).replace('/explore/entity?', '/explore/article?');
    if (!span) {
        return base;
    }
    return base + (base.includes('?') ? '&' : '?') + 'begin=' + span.begin + '&end=' + span.end;
}

export function graphHref(iri) {
    return '/explore/graph?iri=' + encodeURIComponent(iri);
}

/** The IRI the page is about: the /id/ path, or the iri parameter. */
export function pageIri() {
    if (location.pathname.startsWith('/id/')) {
        return ID_BASE + location.pathname.slice('/id/'.length);
    }
    return new URLSearchParams(location.search).get('iri');
}

export function typeBadge(type) {
    return el('span', { class: 'badge t-' + safeType(type) }, type || 'Thing');
}

/** A class name from a type: known types only. */
export function safeType(type) {
    return ['Person', 'Organization', 'Place', 'Role', 'Event'].includes(type) ? type : 'Thing';
}

export function entityLink(ref) {
    if (!ref) {
        return '';
    }
    return el('a', { href: pageHref(ref.iri), title: ref.type }, ref.name);
}

/** An event's date as the page shows it: how it was read when the article does not state it. */
export function eventDate(e) {
    if (!e.date) {
        return '';
    }
    const read = { 'date:story-day': 'the story\u2019s day', 'date:news-perfect': 'published that day, “has …”' }[e.dateMethod];
    return read ? [e.date, el('span', { class: 'small', title: e.dateMethod }, ' (' + read + ')')] : e.date;
}

export function plural(n, one, many) {
    return n + ' ' + (n === 1 ? one : many);
}

/** A page's main element, emptied. */
export function main() {
    const m = document.getElementById('main');
    m.replaceChildren();
    return m;
}

/** Shows an API error where the page's content would be. */
export function showError(error) {
    const m = main();
    const title = error.status === 404 ? 'Not in the graph' : error.status === 400 ? 'Bad request' : 'Something went wrong';
    append(m, el('h1', {}, title), el('p', { class: 'message', role: 'alert' }, error.message),
        el('p', {}, 'Search the graph with the box above, or go back to ', el('a', { href: '/explore' }, 'the explorer'), '.'));
    document.title = title + ' — newskg explorer';
}

/**
 * An evidence passage: the sentence with the exact words marked (each mark carries its offsets in the
 * article), the article it is from, linked at that spot, and how the words were found.
 */
export function passageView(p, opts = {}) {
    const text = p.sentence || '';
    const base = p.sentenceBegin || 0;
    const para = el('p');
    let at = 0;
    for (const m of [...p.marks].sort((a, b) => a.begin - b.begin)) {
        const b = Math.max(0, m.begin - base);
        const e = Math.min(text.length, m.end - base);
        if (b < at || e < b) {
            continue;
        }
        para.append(text.slice(at, b), el('mark', { 'data-begin': m.begin, 'data-end': m.end }, text.slice(b, e)));
        at = e;
    }
    para.append(text.slice(at));
    const source = el('div', { class: 'source' });
    if (opts.article !== false) {
        source.append(el('a', { href: articleHref(p.article, p.marks[0]) }, p.articleTitle || 'the article'),
            p.articleIssued ? ' (' + p.articleIssued + ')' : '');
    } else {
        source.append(el('a', { href: articleHref(p.article, p.marks[0]) }, 'show in the text'));
    }
    if (p.method) {
        source.append(' · found by ', el('code', {}, p.method));
    }
    if (p.confidence !== undefined && p.confidence !== null) {
        source.append(' · confidence ' + Number(p.confidence).toFixed(2));
    }
    return el('blockquote', { class: 'passage' }, para, source);
}

let evidenceIds = 0;

/**
 * A table of rows with an "Evidence" button each, stacked into cards at a phone's width. columns:
 * [{label, cell(row) -> node|string, num}], evidence(row) -> [passages]. Arrow keys move between rows,
 * Enter opens a row's first link, E toggles its evidence.
 */
export function factTable(caption, columns, rows, evidence) {
    const head = el('tr', {}, columns.map((c) => el('th', { scope: 'col' }, c.label)), el('th', { scope: 'col' }, 'Evidence'));
    const body = el('tbody');
    const width = columns.length + 1;
    rows.forEach((row, i) => {
        const tr = el('tr', { class: 'row', tabindex: i === 0 ? '0' : '-1' },
            columns.map((c) => el('td', { 'data-label': c.label, class: c.num ? 'num' : null }, c.cell(row))));
        const passages = evidence(row).filter(Boolean);
        const cell = el('td', { 'data-label': 'Evidence' });
        if (passages.length > 0) {
            const id = 'ev-' + (++evidenceIds);
            const toggle = el('button', { type: 'button', class: 'toggle', 'aria-expanded': 'false', 'aria-controls': id },
                passages.length > 1 ? 'Evidence (' + passages.length + ')' : 'Evidence');
            toggle.addEventListener('click', () => toggleEvidence(tr, toggle, id, width, passages));
            cell.append(toggle);
        } else {
            cell.append(el('span', { class: 'small' }, '—'));
        }
        tr.append(cell);
        body.append(tr);
    });
    const table = el('table', { class: 'stack' }, el('caption', { class: 'visually-hidden' }, caption), el('thead', {}, head), body);
    rowKeys(body);
    return el('div', { class: 'table-wrap' }, table);
}

function toggleEvidence(tr, toggle, id, width, passages) {
    const open = toggle.getAttribute('aria-expanded') === 'true';
    const existing = document.getElementById(id);
    if (open) {
        existing.hidden = true;
        toggle.setAttribute('aria-expanded', 'false');
        return;
    }
    if (existing) {
        existing.hidden = false;
    } else {
        const list = el('ol', { class: 'passage-list' }, passages.map((p) => el('li', {}, passageView(p))));
        tr.after(el('tr', { class: 'evidence', id }, el('td', { colspan: width }, list)));
    }
    toggle.setAttribute('aria-expanded', 'true');
}

/** Arrow keys, Home and End move between a table body's rows (one tab stop); Enter follows the first link; E toggles evidence. */
export function rowKeys(body) {
    body.addEventListener('keydown', (event) => {
        const tr = event.target.closest('tr.row');
        if (!tr || event.target !== tr) {
            return;
        }
        const rows = [...body.querySelectorAll('tr.row')];
        const i = rows.indexOf(tr);
        let next = null;
        if (event.key === 'ArrowDown') {
            next = rows[Math.min(rows.length - 1, i + 1)];
        } else if (event.key === 'ArrowUp') {
            next = rows[Math.max(0, i - 1)];
        } else if (event.key === 'Home') {
            next = rows[0];
        } else if (event.key === 'End') {
            next = rows[rows.length - 1];
        } else if (event.key === 'Enter') {
            const link = tr.querySelector('a[href]');
            if (link) {
                link.click();
            }
            event.preventDefault();
            return;
        } else if (event.key === 'e' || event.key === 'E') {
            const toggle = tr.querySelector('button.toggle');
            if (toggle) {
                toggle.click();
            }
            event.preventDefault();
            return;
        }
        if (next) {
            event.preventDefault();
            tr.tabIndex = -1;
            next.tabIndex = 0;
            next.focus();
        }
    });
}

/** The header's search box: type-ahead over names (a WAI-ARIA combobox); Enter on a full IRI opens it. */
export function initSearch(input) {
    if (!input) {
        return;
    }
    const list = document.getElementById(input.getAttribute('aria-controls'));
    let options = [];
    let active = -1;
    let timer = null;
    let pending = null;

    const close = () => {
        list.hidden = true;
        input.setAttribute('aria-expanded', 'false');
        input.removeAttribute('aria-activedescendant');
        active = -1;
    };
    const setActive = (i) => {
        options.forEach((o, j) => o.setAttribute('aria-selected', j === i ? 'true' : 'false'));
        active = i;
        if (i >= 0) {
            input.setAttribute('aria-activedescendant', options[i].id);
            options[i].scrollIntoView({ block: 'nearest' });
        } else {
            input.removeAttribute('aria-activedescendant');
        }
    };
    const render = (answer) => {
        list.replaceChildren();
        options = answer.results.map((m, i) => {
            const o = el('li', { role: 'option', id: input.id + '-opt-' + i, 'aria-selected': 'false', 'data-href': pageHref(m.entity.iri) },
                el('span', { class: 'opt-name' }, m.entity.name), ' ', typeBadge(m.entity.type),
                m.matched && m.matched !== m.entity.name && !m.matched.startsWith('http') ? el('span', { class: 'opt-alias' }, 'also “' + m.matched + '”') : null,
                m.articles ? el('span', { class: 'opt-more' }, plural(m.articles, 'article', 'articles')) : null);
            o.addEventListener('mousedown', (e) => {
                e.preventDefault();
                location.href = o.dataset.href;
            });
            return o;
        });
        if (options.length === 0) {
            list.append(el('li', { class: 'opt-empty', role: 'presentation' }, 'No name starts with “' + answer.query + '”'));
        }
        list.append(...options);
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        setActive(-1);
    };
    const lookup = () => {
        const q = input.value.trim();
        if (pending) {
            pending.abort();
        }
        if (q.length === 0) {
            close();
            return;
        }
        pending = new AbortController();
        api('/api/search', { q, limit: 8 }, pending.signal).then(render).catch((e) => {
            if (e.name !== 'AbortError') {
                list.replaceChildren(el('li', { class: 'opt-empty', role: 'presentation' }, e.message));
                list.hidden = false;
            }
        });
    };
    input.addEventListener('input', () => {
        clearTimeout(timer);
        timer = setTimeout(lookup, 120);
    });
    input.addEventListener('keydown', (event) => {
        if (event.key === 'ArrowDown' && options.length) {
            event.preventDefault();
            if (list.hidden) {
                list.hidden = false;
                input.setAttribute('aria-expanded', 'true');
            }
            setActive((active + 1) % options.length);
        } else if (event.key === 'ArrowUp' && options.length) {
            event.preventDefault();
            setActive(active <= 0 ? options.length - 1 : active - 1);
        } else if (event.key === 'Escape') {
            close();
        } else if (event.key === 'Enter' && active >= 0 && !list.hidden) {
            event.preventDefault();
            location.href = options[active].dataset.href;
        }
    });
    input.addEventListener('blur', () => setTimeout(close, 150));
    input.form.addEventListener('submit', (event) => {
        event.preventDefault();
        const q = input.value.trim();
        if (!q) {
            return;
        }
        if (looksLikeIri(q)) {
            location.href = '/explore/open?iri=' + encodeURIComponent(q.replace(/^<|>$/g, ''));
        } else {
            location.href = '/explore?q=' + encodeURIComponent(q);
        }
    });
}

export function looksLikeIri(q) {
    return /^<?(https?|urn|file):\S*$/i.test(q) || /^(person|organization|place|article|nkg):\S+$/.test(q);
}

/** Common start of every page: the search box. */
export function start() {
    initSearch(document.getElementById('q'));
}

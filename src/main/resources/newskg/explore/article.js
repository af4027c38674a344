// The article page (/id/article/..., /explore/article?iri=IRI[&begin=B&end=E]): the whole text with
// every mention marked and coloured by type (hover names the entity, click opens it), and the
// article's roles, events and quotes beside it; a fact's button shows its words in the text.
import { api, append, el, entityLink, eventDate, main, pageHref, pageIri, plural, safeType, showError, start } from './explore.js';

start();
const params = new URLSearchParams(location.search);
const iri = pageIri();

try {
    const info = await api('/api/article', { iri, begin: params.get('begin'), end: params.get('end') });
    render(info);
} catch (e) {
    showError(e);
}

function render(info) {
    const title = info.title || 'Untitled article';
    document.title = title + ' — newskg explorer';
    const m = main();
    const data = (format, label) => el('a', { href: pageHref(info.iri) + '?format=' + format }, label);
    const meta = el('p', { class: 'meta' },
        info.issued ? el('span', {}, 'Published ' + info.issued) : el('span', {}, 'Publication date not known'),
        info.source ? el('span', {}, info.source) : null,
        info.creator ? el('span', {}, 'By ' + info.creator) : null,
        info.url ? el('a', { href: info.url, rel: 'noopener noreferrer nofollow' }, info.url) : null,
        info.sourceFile ? el('span', {}, 'File ', el('code', {}, info.sourceFile)) : null);
    const counts = el('p', { class: 'lead', id: 'counts' },
        plural(info.mentions.length, 'mention', 'mentions') + ' of ' + plural(info.entities, 'entity', 'entities') + ' · '
        + plural(info.roles.length, 'role', 'roles') + ' · ' + plural(info.events.length, 'event', 'events') + ' · '
        + plural(info.quotes.length, 'quote', 'quotes'));
    const labels = el('input', { type: 'checkbox', id: 'show-labels' });
    const layout = el('div', { class: 'article-layout' });
    labels.addEventListener('change', () => layout.classList.toggle('labels', labels.checked));
    const legend = el('div', { class: 'legend', 'aria-label': 'Colours' },
        ...['Person', 'Organization', 'Place'].map((t) => el('span', { class: 'badge t-' + t }, t)),
        el('label', {}, labels, 'Show the type after each name'),
        el('span', { class: 'small' }, 'Data: ', data('ttl', 'Turtle'), ' · ', data('jsonld', 'JSON-LD'), ' · ', data('nt', 'N-Triples')));

    const text = markedText(info);
    layout.append(el('article', { 'aria-label': 'Article text' }, text.node), facts(info, text));
    append(m, el('h1', {}, title), meta, el('p', { class: 'iri' }, info.iri), counts, legend, layout);
    if (info.focus) {
        text.show(info.focus);
    }
}

/** The text as text nodes, with one link per mention; show(span) highlights words and scrolls to them. */
function markedText(info) {
    const text = info.text;
    const node = el('div', { class: 'text', id: 'text' });
    const pieces = []; // [start, textNode]
    let at = 0;
    const put = (parent, from, to) => {
        const t = document.createTextNode(text.slice(from, to));
        pieces.push([from, t]);
        parent.append(t);
    };
    for (const mention of info.mentions) {
        const { begin, end } = mention.span;
        if (begin < at || end > text.length) {
            continue; // overlapping or outside: the graph never holds these, but the text must stay whole
        }
        put(node, at, begin);
        const type = safeType(mention.entity.type);
        const a = el('a', {
            class: 'm t-' + type, href: pageHref(mention.entity.iri), 'data-begin': begin, 'data-end': end,
            'data-label': type.toUpperCase(), title: mention.entity.name + ' · ' + type
                + (mention.method ? ' · ' + mention.method : ''),
        });
        put(a, begin, end);
        node.append(a);
        at = end;
    }
    put(node, at, text.length);

    const range = (begin, end) => {
        const r = document.createRange();
        let started = false;
        for (let i = 0; i < pieces.length; i++) {
            const [start, t] = pieces[i];
            const stop = start + t.data.length;
            if (!started && begin >= start && begin <= stop) {
                r.setStart(t, begin - start);
                started = true;
            }
            if (started && end >= start && end <= stop) {
                r.setEnd(t, end - start);
                return r;
            }
        }
        return null;
    };
    const show = (span) => {
        const r = range(span.begin, span.end);
        if (!r) {
            return;
        }
        if (window.CSS && CSS.highlights && window.Highlight) {
            CSS.highlights.set('newskg-focus', new Highlight(r));
        }
        const box = r.getBoundingClientRect();
        window.scrollTo({ top: window.scrollY + box.top - window.innerHeight / 3, behavior: 'instant' });
        node.dataset.focusBegin = span.begin;
        node.dataset.focusEnd = span.end;
    };
    return { node, show };
}

/** The roles, events and quotes, each with a button that shows its words in the text. */
function facts(info, text) {
    const aside = el('aside', { class: 'facts', 'aria-label': 'Facts the article states' });
    const list = (id, title, rows, describe) => {
        const s = el('section', { 'aria-labelledby': id }, el('h2', { id }, title, ' ', el('span', { class: 'count' }, '(' + rows.length + ')')));
        if (rows.length === 0) {
            s.append(el('p', { class: 'small' }, 'None.'));
        } else {
            s.append(el('ol', {}, rows.map((row) => {
                const span = row.evidence.marks[0];
                const show = el('button', { type: 'button', class: 'link', 'data-begin': span.begin, 'data-end': span.end },
                    'show words');
                show.addEventListener('click', () => text.show(span));
                const extra = [];
                if (row.evidence.method) {
                    extra.push(row.evidence.method);
                }
                if (row.evidence.confidence !== undefined) {
                    extra.push('confidence ' + Number(row.evidence.confidence).toFixed(2));
                }
                return el('li', {}, el('div', { class: 'fact' }, describe(row)),
                    el('div', { class: 'small' }, show, extra.length ? ' · ' + extra.join(' · ') : ''));
            })));
        }
        aside.append(s);
    };
    list('roles-h', 'Roles', info.roles, (r) => [entityLink(r.person), ' — ', el('strong', {}, r.title),
        r.org ? [' of ', entityLink(r.org)] : null, r.place ? [' (', entityLink(r.place), ')'] : null,
        r.status ? el('span', { class: 'small' }, ' · ' + r.status) : null,
        r.start || r.end ? el('span', { class: 'small' }, ' · ' + (r.start || '…') + '–' + (r.end || '…')) : null]);
    list('events-h', 'Events', info.events, (e) => [el('strong', {}, e.type), e.date ? [' ', eventDate(e)] : '',
        e.place ? [' in ', entityLink(e.place)] : null,
        e.participants.length ? [': ', ...e.participants.flatMap((p, i) => [i ? ', ' : '', entityLink(p.entity),
            p.part !== 'participant' ? ' (' + p.part + ')' : ''])] : null]);
    list('quotes-h', 'Quotes', info.quotes, (q) => [entityLink(q.speaker), ': ', el('q', {}, q.text)]);
    return aside;
}

// The entity page (/id/person/..., /explore/entity?iri=IRI): names, type, roles, events, quotes, the
// entities mentioned with it and the articles that mention it, every row with its evidence.
import {
    api, append, el, entityLink, eventDate, factTable, graphHref, main, pageHref, pageIri, plural, showError, start, typeBadge,
} from './explore.js';

start();
const params = new URLSearchParams(location.search);
const iri = pageIri();
const limit = params.get('limit');

try {
    const info = await api('/api/entity', iri ? { iri, limit } : { name: params.get('name'), limit });
    render(info);
} catch (e) {
    showError(e);
}

function render(info) {
    document.title = info.name + ' (' + info.type + ') — newskg explorer';
    const m = main();
    const data = (format, label) => {
        const href = pageHref(info.iri);
        return el('a', { href: href + (href.includes('?') ? '&' : '?') + 'format=' + format }, label);
    };
    const sparql = 'SELECT ?p ?o WHERE {\n  <' + info.iri + '> ?p ?o\n}';
    append(m,
        el('p', { class: 'meta' }, typeBadge(info.type), el('span', {}, 'mentioned in ' + plural(info.articleCount, 'article', 'articles'))),
        el('h1', {}, info.name),
        el('p', { class: 'iri' }, info.iri),
        info.otherNames.length ? el('div', { class: 'aka' }, el('span', { class: 'small', id: 'aka' }, 'Also called'),
            el('ul', { class: 'names', 'aria-labelledby': 'aka' }, info.otherNames.map((n) => el('li', {}, n)))) : null,
        el('div', { class: 'actions' },
            el('a', { class: 'button primary', href: graphHref(info.iri) }, 'Neighbourhood graph'),
            el('a', { class: 'button', href: '/#/dataset/newskg/query?query=' + encodeURIComponent(sparql) }, 'Query in SPARQL'),
            el('span', { class: 'small' }, 'Data: ', data('ttl', 'Turtle'), ' · ', data('jsonld', 'JSON-LD'), ' · ', data('nt', 'N-Triples'))),
        el('nav', { class: 'toc', 'aria-label': 'On this page' }, [
            ['roles', 'Roles', info.roles], ['events', 'Events', info.events], ['quotes', 'Quotes', info.quotes],
            ['related', 'Mentioned with', info.related], ['articles', 'Articles', info.articles],
        ].map(([id, label, listing]) => el('a', { href: '#' + id }, label + ' (' + listing.total + ')'))));

    section(m, 'roles', info.type === 'Person' ? 'Roles' : 'Roles held at or of ' + info.name, info.roles, [
        ...(info.type === 'Person' ? [] : [{ label: 'Person', cell: (r) => entityLink(r.person) }]),
        { label: 'Title', cell: (r) => r.title },
        { label: 'Organization', cell: (r) => entityLink(r.org) },
        { label: 'Place', cell: (r) => entityLink(r.place) },
        ...(info.roles.items.some((r) => r.status) ? [{ label: 'Status', cell: (r) => r.status || '' }] : []),
        ...(info.roles.items.some((r) => r.start || r.end) ? [{ label: 'When', cell: (r) => when(r) }] : []),
        { label: 'Stated in', cell: (r) => plural(r.articles, 'article', 'articles'), num: true },
    ], (r) => r.evidence);

    section(m, 'events', 'Events', info.events, [
        { label: 'Date', cell: (e) => (e.date ? eventDate(e) : null) || el('span', { class: 'small' }, e.evidence.articleIssued ? 'article ' + e.evidence.articleIssued : 'undated') },
        { label: 'Type', cell: (e) => el('span', {}, e.type, e.trigger ? el('span', { class: 'small' }, ' (“' + e.trigger + '”)') : null) },
        { label: 'Place', cell: (e) => entityLink(e.place) },
        { label: 'Part', cell: (e) => partOf(e, info.iri) },
        { label: 'Others taking part', cell: (e) => others(e, info.iri) },
    ], (e) => [e.evidence]);

    section(m, 'quotes', 'Quotes', info.quotes, [
        { label: 'Quote', cell: (q) => el('q', {}, q.text) },
        { label: 'Article', cell: (q) => q.evidence.articleTitle || '' },
    ], (q) => [q.evidence]);

    section(m, 'related', 'Most often mentioned with', info.related, [
        { label: 'Entity', cell: (c) => entityLink(c.entity) },
        { label: 'Type', cell: (c) => typeBadge(c.entity.type) },
        { label: 'Articles together', cell: (c) => String(c.articles), num: true },
    ], (c) => [c.evidence]);

    section(m, 'articles', 'Articles that mention ' + info.name, info.articles, [
        { label: 'Article', cell: (a) => el('a', { href: pageHref(a.iri) }, a.title || a.iri) },
        { label: 'Published', cell: (a) => a.issued || '' },
        { label: 'Mentions', cell: (a) => String(a.mentions), num: true },
    ], (a) => [a.evidence]);
}

function section(m, id, title, listing, columns, evidence) {
    const s = el('section', { id, 'aria-labelledby': id + '-h' },
        el('h2', { id: id + '-h' }, title, ' ', el('span', { class: 'count' }, '(' + listing.total + ')')));
    if (listing.total === 0) {
        s.append(el('p', { class: 'small' }, 'None in the graph.'));
    } else {
        s.append(factTable(title, columns, listing.items, evidence));
        if (listing.items.length < listing.total) {
            const more = new URL(location.href);
            more.searchParams.set('limit', Math.min(10000, listing.total));
            more.hash = id;
            s.append(el('p', { class: 'more' }, 'Showing ' + listing.items.length + ' of ' + listing.total + '. ',
                el('a', { href: more.pathname + more.search + more.hash }, 'Show all ' + listing.total)));
        }
    }
    append(m, s);
}

/** A role's time as the article gives it: "2019–2021", "since 2019", "until March 2020". */
function when(role) {
    if (role.start && role.end) {
        return role.start + '–' + role.end;
    }
    return role.start ? 'since ' + role.start : role.end ? 'until ' + role.end : '';
}

function partOf(event, self) {
    if (event.place && event.place.iri === self) {
        return 'place';
    }
    const p = event.participants.find((x) => x.entity.iri === self);
    return p ? p.part : '';
}

function others(event, self) {
    const list = event.participants.filter((p) => p.entity.iri !== self);
    if (list.length === 0) {
        return '';
    }
    const span = el('span');
    list.forEach((p, i) => {
        span.append(i ? ', ' : '', entityLink(p.entity), p.part !== 'participant' ? ' (' + p.part + ')' : '');
    });
    return span;
}

// A #fragment names a section: go there once it exists.
if (location.hash) {
    const target = document.getElementById(location.hash.slice(1));
    if (target) {
        target.scrollIntoView();
    }
}

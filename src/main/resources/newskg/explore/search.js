// The search page (/explore, /explore?q=NAME): every entity whose names match, best first.
import { api, append, el, main, pageHref, plural, showError, start, typeBadge } from './explore.js';

start();
const q = new URLSearchParams(location.search).get('q');
const input = document.getElementById('q');

if (!q) {
    const m = main();
    append(m, el('h1', {}, 'Explore the graph'),
        el('p', { class: 'lead' }, 'Search for a person, organization or place by any name the articles give it, or paste an IRI. '
            + 'Each page shows what the articles say of it, and every fact is one click from the words that state it.'),
        el('ul', {},
            el('li', {}, 'Arrow keys move through the suggestions; Enter opens one.'),
            el('li', {}, 'A full IRI (https://w3id.org/newskg/id/...) or a prefixed name (person:..., article:...) opens its page.'),
            el('li', {}, 'The linked data behind each page: ', el('code', {}, 'curl -H "Accept: text/turtle" ' + location.origin + '/id/...'))));
    input.focus();
} else {
    input.value = q;
    document.title = q + ' — newskg explorer';
    try {
        const answer = await api('/api/search', { q, limit: 50 });
        const m = main();
        append(m, el('h1', {}, 'Names matching “' + q + '”'));
        if (answer.results.length === 0) {
            append(m, el('p', { class: 'message', role: 'status' }, 'No person, organization or place is named “' + q + '”.'));
        } else {
            append(m, el('p', { class: 'lead' }, plural(answer.results.length, 'entity', 'entities') + (answer.results.length === 50 ? ' (the first 50)' : '')),
                el('ol', { class: 'results' }, answer.results.map((r) => el('li', {},
                    el('a', { href: pageHref(r.entity.iri) }, r.entity.name), typeBadge(r.entity.type),
                    r.matched && r.matched !== r.entity.name ? el('span', { class: 'small' }, 'also “' + r.matched + '”') : null,
                    el('span', { class: 'small' }, plural(r.articles, 'article', 'articles'))))));
        }
    } catch (e) {
        showError(e);
    }
}

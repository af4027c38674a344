// The page for an IRI or path the graph does not hold.
import { append, el, main, pageIri, start } from './explore.js';

start();
const iri = location.pathname.startsWith('/id/') ? pageIri() : null;
const m = main();
append(m, el('h1', {}, 'Not in the graph'),
    el('p', { class: 'message', role: 'alert' }, iri ? 'The graph holds nothing with the IRI ' + iri + '.' : 'There is no page at ' + location.pathname + '.'),
    el('p', {}, 'Search for a name with the box above, or go to ', el('a', { href: '/explore' }, 'the explorer'), '.'));

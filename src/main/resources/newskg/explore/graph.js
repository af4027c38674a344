// The neighbourhood view (/explore/graph?iri=IRI), drawn with cytoscape.js from its webjar: the
// entity, its roles, events and co-mentioned entities as nodes. Click a node to expand it, double-click
// to open its page; filter by type; at most 150 nodes at first, "Show more" says how many are left.
import { api, append, el, main, pageHref, plural, safeType, showError, start } from './explore.js';

start();
const params = new URLSearchParams(location.search);
// Nodes drawn at first, and added by each "Show more": 150, or ?nodes=N.
const FIRST = Math.max(1, Math.min(1000, Number.parseInt(params.get('nodes'), 10) || 150));
const PER_EXPAND = 25;  // new neighbours drawn when a node is expanded (the rest wait for "Show more")
const TYPES = ['Person', 'Organization', 'Place', 'Role', 'Event'];
const SHAPES = { Person: 'ellipse', Organization: 'round-rectangle', Place: 'diamond', Role: 'round-tag', Event: 'round-pentagon' };
const css = getComputedStyle(document.documentElement);
const colour = (t, edge) => css.getPropertyValue('--' + t.toLowerCase() + (edge ? '-edge' : '')).trim() || (edge ? '#374151' : '#e5e7eb');

const iri = params.get('iri');
const state = {
    cy: null, drawn: new Set(), pending: [], pendingIds: new Set(), edges: new Map(), sources: [], expanded: new Set(),
    hidden: new Set(), selected: null,
};
const ui = {};

try {
    const first = await api('/api/neighbourhood', { iri, offset: 0, limit: FIRST });
    setUp(first);
} catch (e) {
    showError(e);
}

function setUp(first) {
    const centre = first.nodes[0];
    document.title = 'Neighbourhood of ' + centre.label + ' — newskg explorer';
    const m = main();
    ui.status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
    ui.more = el('button', { type: 'button', id: 'show-more' }, 'Show more');
    ui.more.addEventListener('click', showMore);
    const fitButton = el('button', { type: 'button' }, 'Fit to view');
    fitButton.addEventListener('click', fit);
    const filters = el('fieldset', {}, el('legend', {}, 'Show'), TYPES.map((t) => {
        const box = el('input', { type: 'checkbox', checked: true, 'data-type': t });
        box.addEventListener('change', () => {
            if (box.checked) {
                state.hidden.delete(t);
            } else {
                state.hidden.add(t);
            }
            applyFilters();
        });
        return el('label', {}, box, el('span', { class: 'swatch t-' + t, 'aria-hidden': 'true' }), t);
    }));
    ui.panel = el('div', { class: 'panel', id: 'selected' });
    ui.list = el('ul', { class: 'node-list', 'aria-label': 'Nodes drawn' });
    append(m,
        el('h1', {}, 'Neighbourhood of ', el('a', { href: pageHref(centre.id) }, centre.label)),
        el('p', { class: 'lead' }, 'Click a node to expand it; double-click to open its page. Or pick a node from the list.'),
        el('div', { class: 'toolbar' }, filters, ui.more, fitButton, ui.status),
        el('div', { class: 'graph-layout' },
            el('div', { id: 'cy', role: 'img', 'aria-label': 'Graph of ' + centre.label + ' and its neighbours' }),
            el('div', {}, ui.panel, el('div', { class: 'panel' }, el('h2', {}, 'Nodes'), ui.list))));

    state.cy = window.cytoscape({
        container: document.getElementById('cy'),
        minZoom: 0.2,
        maxZoom: 3,
        style: [
            {
                selector: 'node', style: {
                    'background-color': 'data(fill)', 'border-color': 'data(stroke)', 'border-width': 2, shape: 'data(shape)',
                    label: 'data(label)', color: '#111827', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4,
                    'text-outline-color': '#ffffff', 'text-outline-width': 2, 'text-wrap': 'ellipsis', 'text-max-width': '130px',
                    width: 'data(size)', height: 'data(size)',
                },
            },
            { selector: 'node.centre', style: { 'border-width': 4, 'font-size': 13, 'font-weight': 'bold' } },
            { selector: 'node.expanded', style: { 'border-style': 'double', 'border-width': 6 } },
            { selector: 'node:selected', style: { 'border-color': '#1d4ed8', 'border-width': 5 } },
            { selector: 'node.filtered', style: { display: 'none' } },
            { selector: 'edge', style: { width: 1.5, 'line-color': '#9ca3af', 'curve-style': 'straight', opacity: 0.8 } },
            {
                selector: 'edge:selected, edge.near', style: {
                    label: 'data(label)', 'font-size': 9, color: '#111827', 'text-background-color': '#ffffff',
                    'text-background-opacity': 0.9, 'text-background-padding': '1px', 'line-color': '#1d4ed8', width: 2.5,
                },
            },
        ],
    });
    window.newskgGraph = state.cy; // for the browser check and the console
    state.cy.on('tap', 'node', (e) => {
        const id = e.target.id();
        select(id);
        expand(id).then(() => select(id));
    });
    state.cy.on('dbltap', 'node', (e) => {
        location.href = pageHref(e.target.id());
    });

    state.sources.push({ iri, next: 0, total: first.total });
    take(state.sources[0], first, false);
    draw(FIRST);
    state.cy.getElementById(iri).addClass('centre');
    state.cy.layout({ name: 'cose', animate: false, randomize: true, nodeRepulsion: () => 9000, idealEdgeLength: () => 95,
        nodeOverlap: 12, gravity: 0.4, numIter: 800, padding: 20 }).run();
    fit();
    state.expanded.add(iri);
    state.cy.getElementById(iri).addClass('expanded');
    select(iri);
    update();
}

/** Queues a page of neighbours (new ones first when {@code first}) and its edges. */
function take(source, graph, first) {
    source.next = graph.offset + graph.nodes.length;
    source.total = graph.total;
    const fresh = graph.nodes.filter((n) => !state.drawn.has(n.id) && !state.pendingIds.has(n.id));
    fresh.forEach((n) => state.pendingIds.add(n.id));
    state.pending = first ? [...fresh, ...state.pending] : [...state.pending, ...fresh];
    graph.edges.forEach((e) => state.edges.set(e.id, e));
    return fresh.length;
}

/** Draws queued nodes until {@code count} more are drawn, then the edges whose ends are both drawn. */
function draw(count) {
    const added = [];
    while (added.length < count && state.pending.length) {
        const n = state.pending.shift();
        state.pendingIds.delete(n.id);
        if (state.drawn.has(n.id)) {
            continue;
        }
        const type = safeType(n.type);
        added.push({
            group: 'nodes',
            data: {
                id: n.id, label: n.label, type, weight: n.weight, shape: SHAPES[type] || 'ellipse',
                fill: colour(type, false), stroke: colour(type, true),
                size: n.id === iri ? 46 : 18 + Math.min(26, 4 * Math.sqrt(n.weight || 0)),
            },
        });
        state.drawn.add(n.id);
    }
    const edges = [];
    for (const [id, e] of state.edges) {
        if (state.drawn.has(e.source) && state.drawn.has(e.target) && state.cy.getElementById(id).empty()) {
            edges.push({ group: 'edges', data: { id, source: e.source, target: e.target, label: e.label } });
        }
    }
    const collection = state.cy.add([...added, ...edges]);
    applyFilters();
    return collection.nodes();
}

async function expand(id) {
    if (state.expanded.has(id)) {
        return;
    }
    state.expanded.add(id);
    const node = state.cy.getElementById(id);
    node.addClass('expanded');
    ui.status.textContent = 'Expanding ' + node.data('label') + '…';
    try {
        const source = { iri: id, next: 0, total: 0 };
        const g = await api('/api/neighbourhood', { iri: id, offset: 0, limit: 150 });
        state.sources.push(source);
        take(source, g, true);
        const added = draw(PER_EXPAND);
        place(added, node);
        relayout();
    } catch (e) {
        state.expanded.delete(id);
        node.removeClass('expanded');
        ui.status.textContent = e.message;
        return;
    }
    update();
}

async function showMore() {
    ui.more.disabled = true;
    try {
        for (const s of state.sources) {
            while (state.pending.length < FIRST && s.next < s.total) {
                const g = await api('/api/neighbourhood', { iri: s.iri, offset: s.next, limit: FIRST });
                if (g.nodes.length === 0) {
                    break;
                }
                take(s, g, false);
            }
        }
        const added = draw(FIRST);
        place(added, state.cy.getElementById(iri));
        relayout();
    } catch (e) {
        ui.status.textContent = e.message;
    }
    ui.more.disabled = false;
    update();
}

/** Places new nodes on rings around {@code around}, outside what is drawn already. */
function place(nodes, around) {
    if (nodes.empty()) {
        return;
    }
    const c = around.position();
    const r = 90 + 8 * Math.sqrt(nodes.length);
    nodes.layout({ name: 'concentric', boundingBox: { x1: c.x - r, y1: c.y - r, w: 2 * r, h: 2 * r },
        concentric: (n) => n.data('weight'), levelWidth: () => 6, animate: false, avoidOverlap: true }).run();
}

/** Fits the graph in view, no closer than natural size: a few nodes are not blown up. */
function fit() {
    state.cy.fit(undefined, 30);
    if (state.cy.zoom() > 1.2) {
        state.cy.zoom(1.2);
        state.cy.center();
    }
}

/** Lays the whole graph out again from where the nodes are, so that new ones find room. */
function relayout() {
    state.cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000,
        idealEdgeLength: () => 95, nodeOverlap: 12, gravity: 0.4, numIter: 500, padding: 20, fit: false }).run();
    fit();
}

function applyFilters() {
    state.cy.nodes().forEach((n) => n.toggleClass('filtered', state.hidden.has(n.data('type'))));
}

/** How many neighbours are not drawn: queued, and not yet fetched. */
function left() {
    let n = state.pending.length;
    for (const s of state.sources) {
        n += Math.max(0, s.total - s.next);
    }
    return n;
}

function update() {
    const n = left();
    ui.more.textContent = n > 0 ? 'Show more (' + n + ' left)' : 'Show more';
    ui.more.disabled = n === 0;
    ui.more.dataset.left = n;
    ui.status.textContent = 'Showing ' + plural(state.drawn.size, 'node', 'nodes') + (n > 0 ? '; ' + n + ' more not drawn.' : '.');
    const items = state.cy.nodes().sort((a, b) => TYPES.indexOf(a.data('type')) - TYPES.indexOf(b.data('type'))
        || String(a.data('label')).localeCompare(String(b.data('label'))));
    ui.list.replaceChildren(...items.map((node) => {
        const b = el('button', { type: 'button', 'data-id': node.id() },
            el('span', { class: 'swatch t-' + node.data('type'), 'aria-hidden': 'true' }), ' ', node.data('label'),
            el('span', { class: 'visually-hidden' }, ' (' + node.data('type') + ')'));
        b.addEventListener('click', () => select(node.id(), true));
        return el('li', {}, b);
    }));
}

/** Shows a node in the side panel, with buttons to open and expand it. */
function select(id, centre) {
    const node = state.cy.getElementById(id);
    if (node.empty()) {
        return;
    }
    state.cy.elements().unselect();
    node.select();
    state.cy.edges().removeClass('near');
    // Labels for the links of a node with few of them; many labels would hide the graph.
    if (node.connectedEdges().length <= 8) {
        node.connectedEdges().addClass('near');
    }
    if (centre) {
        state.cy.animate({ center: { eles: node } }, { duration: 200 });
    }
    const open = el('a', { class: 'button primary', href: pageHref(id) }, node.data('type') === 'Role' || node.data('type') === 'Event'
        ? 'Open in the article' : 'Open page');
    const grow = el('button', { type: 'button', disabled: state.expanded.has(id) }, state.expanded.has(id) ? 'Expanded' : 'Expand');
    grow.addEventListener('click', async () => {
        await expand(id);
        select(id);
    });
    ui.panel.replaceChildren(el('h2', {}, node.data('label')),
        el('p', {}, el('span', { class: 'badge t-' + node.data('type') }, node.data('type')), ' ',
            plural(node.connectedEdges().length, 'link', 'links') + ' drawn'),
        el('div', { class: 'actions' }, open, grow));
}

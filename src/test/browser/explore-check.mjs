// Headless check of the newskg explorer in Debian's Chromium via playwright-core, one browser session.
//
//   node explore-check.mjs SERVER_URL SCREENSHOT_DIR CONFIG_JSON
//
// CONFIG_JSON names what to look for: {search, entity, entityName, expand, expandAdds, dblclick,
// hostile: {entity, article, name, title, quote}}. Prints one JSON line per step; the Java test
// (newskg.server.ExplorerBrowserTest) checks them. Writes entity.png, entity-phone.png, article.png,
// graph.png and fuseki-ui.png to SCREENSHOT_DIR. Exit 0 when every step ran, 1 otherwise. Never
// downloads a browser.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [serverUrl, shots, configJson] = process.argv.slice(2);
if (!serverUrl || !shots || !configJson) {
    console.error('usage: node explore-check.mjs SERVER_URL SCREENSHOT_DIR CONFIG_JSON');
    process.exit(2);
}
const cfg = JSON.parse(configJson);
const base = serverUrl.replace(/\/$/, '');
const NKG = 'https://w3id.org/newskg/ontology#';
const flags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--no-first-run', '--disable-sync', '--disable-quic'];
const report = (step, data) => console.log(JSON.stringify({ step, ...data }));
const consoleErrors = [];

/** SPARQL SELECT through the server's endpoint, from the page: rows of plain values. */
async function sparql(page, query) {
    return page.evaluate(async ({ url, query }) => {
        const r = await fetch(url + '?query=' + encodeURIComponent(query), { headers: { Accept: 'application/sparql-results+json' } });
        const j = await r.json();
        return j.results.bindings.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
    }, { url: base + '/newskg/sparql', query });
}

/** What a page holds that it must not: script that ran, elements made from data. */
async function hostileMarks(page) {
    return page.evaluate(() => ({
        pwned: window.__pwned === undefined ? null : window.__pwned,
        imgs: document.querySelectorAll('img').length,
        foreignScripts: [...document.querySelectorAll('script')].filter((s) => !s.src.includes('/explore/static/')).length,
        handlers: document.querySelectorAll('[onerror],[onmouseover],[onload]').length,
        boldOrItalic: document.querySelectorAll('main b, main i').length,
        h1: document.querySelector('h1') ? document.querySelector('h1').textContent : null,
        text: document.body.innerText,
    }));
}

const profile = mkdtempSync(join(tmpdir(), 'newskg-chromium-'));
let context;
try {
    context = await chromium.launchPersistentContext(profile, {
        executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: flags,
        viewport: { width: 1280, height: 800 },
    });
    const page = context.pages()[0] ?? await context.newPage();
    page.setDefaultTimeout(20000);
    // Errors on the explorer's pages; Fuseki's own UI logs one for an outside host it cannot reach.
    page.on('console', (m) => {
        if (m.type() === 'error' && /\/(explore|id)\//.test(page.url() + '/')) {
            consoleErrors.push(page.url() + ': ' + m.text());
        } else if (m.type() === 'error') {
            console.error('fuseki-ui console: ' + m.text());
        }
    });
    page.on('pageerror', (e) => consoleErrors.push(page.url() + ': ' + e.message));

    // 1. Search with the keyboard: type, arrow down, Enter opens the entity.
    await page.goto(base + '/explore', { waitUntil: 'domcontentloaded' });
    await page.locator('#q').click();
    await page.keyboard.type(cfg.search, { delay: 40 });
    await page.locator('#q-list [role=option]').first().waitFor();
    const options = await page.locator('#q-list [role=option]').allInnerTexts();
    await page.keyboard.press('ArrowDown');
    const active = await page.locator('#q').getAttribute('aria-activedescendant');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/id\//);
    await page.locator('h1').waitFor();
    report('search', { options, active, url: page.url(), h1: await page.locator('h1').innerText() });

    // 2. Evidence: open the first role's evidence; the marked words against the stored offsets and text.
    await page.locator('#roles button.toggle').first().click();
    await page.locator('#roles tr.evidence mark').first().waitFor();
    const marks = await page.locator('#roles tr.evidence mark').evaluateAll((ms) => ms.map((m) => ({
        begin: Number(m.dataset.begin), end: Number(m.dataset.end), words: m.textContent,
    })));
    const stored = await sparql(page, `SELECT ?b ?e ?text WHERE { GRAPH ?a { ?r a <${NKG}Role> ;
        <http://www.w3.org/ns/org#member> <${cfg.entity}> ; <${NKG}beginIndex> ?b ; <${NKG}endIndex> ?e .
        ?a <${NKG}text> ?text } }`);
    const storedSpans = stored.map((r) => ({ begin: Number(r.b), end: Number(r.e), words: r.text.slice(Number(r.b), Number(r.e)) }));
    report('evidence', { marks, stored: storedSpans });
    await page.screenshot({ path: join(shots, 'entity.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.screenshot({ path: join(shots, 'entity-phone.png'), fullPage: true });
    report('phone', { overflow });
    await page.setViewportSize({ width: 1280, height: 800 });

    // Tables by keyboard: focus the first row of the events table, ArrowDown moves to the next.
    await page.locator('#events tr.row').first().focus();
    await page.keyboard.press('ArrowDown');
    const focusedRow = await page.evaluate(() => {
        const rows = [...document.querySelectorAll('#events tr.row')];
        return rows.indexOf(document.activeElement);
    });
    report('table-keys', { focusedRow });

    // An event's date says how it was read when the article does not state it.
    await page.goto(base + '/id/' + cfg.dated.slice('https://w3id.org/newskg/id/'.length), { waitUntil: 'domcontentloaded' });
    await page.locator('#events tr.row').first().waitFor();
    const dates = await page.locator('#events tr.row td[data-label=Date]').allInnerTexts();
    report('event-dates', { dates });
    await page.goBack({ waitUntil: 'domcontentloaded' });
    await page.locator('#roles button.toggle').first().click();
    await page.locator('#roles tr.evidence .source a').first().waitFor();

    // 3. The article page at the evidence: the focus, and every mention marked.
    const link = page.locator('#roles tr.evidence .source a').first();
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL(/\/id\/article\//);
    await page.locator('.text a.m').first().waitFor();
    const article = 'https://w3id.org/newskg/id/' + new URL(page.url()).pathname.slice('/id/'.length);
    const onPage = await page.evaluate(() => {
        const t = document.getElementById('text');
        const h = window.CSS && CSS.highlights && CSS.highlights.get('newskg-focus');
        return {
            marks: document.querySelectorAll('.text a.m').length,
            text: t.textContent,
            focus: { begin: Number(t.dataset.focusBegin), end: Number(t.dataset.focusEnd) },
            highlighted: h ? [...h][0].toString() : null,
            firstTitle: document.querySelector('.text a.m').getAttribute('title'),
            counts: document.getElementById('counts').textContent,
        };
    });
    const graphCount = await sparql(page, `SELECT (COUNT(?m) AS ?n) WHERE { GRAPH <${article}> { ?m a <${NKG}Mention> } }`);
    const storedText = await sparql(page, `SELECT ?text WHERE { GRAPH <${article}> { <${article}> <${NKG}text> ?text } }`);
    const t = storedText[0].text;
    report('article', {
        href, article, marks: onPage.marks, graphMentions: Number(graphCount[0].n), counts: onPage.counts,
        textEqual: onPage.text === t, focus: onPage.focus, highlighted: onPage.highlighted,
        focusWords: t.slice(onPage.focus.begin, onPage.focus.end), firstTitle: onPage.firstTitle,
    });
    await page.screenshot({ path: join(shots, 'article.png'), fullPage: true });
    await page.locator('.text a.m').first().click();
    await page.waitForURL(/\/id\/(person|organization|place)\//);
    report('mention-click', { url: page.url() });

    // 4. The graph view: click a node to expand it, new nodes appear; filter; show more; double-click opens.
    await page.goto(base + '/explore/graph?iri=' + encodeURIComponent(cfg.entity), { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => window.newskgGraph && window.newskgGraph.nodes().length > 0);
    const clickNode = async (id, dbl) => {
        const p = await page.evaluate((id) => {
            const n = window.newskgGraph.getElementById(id);
            const box = document.getElementById('cy').getBoundingClientRect();
            const r = n.renderedPosition();
            return { x: box.left + r.x, y: box.top + r.y, found: n.nonempty() };
        }, id);
        if (!p.found) {
            throw new Error('no node ' + id + ' in the graph view');
        }
        if (dbl) {
            await page.mouse.dblclick(p.x, p.y);
        } else {
            await page.mouse.click(p.x, p.y);
        }
    };
    const ids = () => page.evaluate(() => window.newskgGraph.nodes().map((n) => n.id()));
    const before = await ids();
    await clickNode(cfg.expand);
    await page.waitForFunction((n) => window.newskgGraph.nodes().length > n, before.length);
    const after = await ids();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(shots, 'graph.png'), fullPage: false });
    await page.locator('input[data-type=Event]').uncheck();
    await page.waitForFunction(() => window.newskgGraph.nodes('[type="Event"]').every((n) => !n.visible()), null,
        { timeout: 3000 }).catch(() => null);
    const visibleEvents = await page.evaluate(() => window.newskgGraph.nodes('[type="Event"]').filter((n) => n.visible()).length);
    const events = await page.evaluate(() => window.newskgGraph.nodes('[type="Event"]').length);
    await page.locator('input[data-type=Event]').check();
    report('graph', { before, after, added: after.filter((id) => !before.includes(id)), events, visibleEvents });

    await page.goto(base + '/explore/graph?nodes=3&iri=' + encodeURIComponent(cfg.entity), { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => window.newskgGraph && window.newskgGraph.nodes().length > 0);
    const drawn = (await ids()).length;
    const moreText = await page.locator('#show-more').innerText();
    await page.locator('#show-more').click();
    await page.waitForFunction((n) => window.newskgGraph.nodes().length > n, drawn);
    const drawnAfter = (await ids()).length;
    report('show-more', { drawn, moreText, drawnAfter, moreAfter: await page.locator('#show-more').innerText() });
    await clickNode(cfg.dblclick, true);
    await page.waitForURL(/\/id\//);
    report('dblclick', { url: page.url() });

    // 5. Fuseki's UI: the project's prefixes and queries, no write controls, IRIs open in the explorer.
    await page.goto(base + '/', { waitUntil: 'domcontentloaded' });
    await page.locator('tr', { hasText: '/newskg' }).first().waitFor();
    await page.waitForFunction(() => document.querySelector('[data-newskg-hidden]'));
    const homeWrites = await page.evaluate(() => [...document.querySelectorAll('#app button')]
        .filter((b) => b.offsetParent !== null && /^(add data|edit)$/i.test(b.textContent.trim())).length);
    await page.goto(base + '/#/dataset/newskg/query', { waitUntil: 'domcontentloaded' });
    await page.locator('#yasqe .CodeMirror').waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('span.badge')].some((b) => b.textContent.trim() === 'nkg'));
    const badges = await page.evaluate(() => [...document.querySelectorAll('fieldset')].map((f) => ({
        label: f.querySelector('label') ? f.querySelector('label').textContent.trim() : '',
        items: [...f.querySelectorAll('span.badge')].map((b) => b.textContent.trim()),
    })));
    const navWrites = await page.evaluate(() => [...document.querySelectorAll('#app a.nav-link')]
        .filter((a) => a.offsetParent !== null && /^(add data|edit)$/i.test(a.textContent.trim())).length);
    const query = 'SELECT ?person WHERE { ?person a <' + NKG + 'Person> } ORDER BY ?person';
    await page.evaluate((q) => document.querySelector('#yasqe .CodeMirror').CodeMirror.setValue(q), query);
    await page.click('.yasqe_queryButton');
    const iriLink = page.locator(`#yasr a[data-newskg-iri="${cfg.entity}"]`);
    await iriLink.waitFor();
    await page.screenshot({ path: join(shots, 'fuseki-ui.png'), fullPage: false });
    const rewritten = await iriLink.getAttribute('href');
    const [popup] = await Promise.all([
        context.waitForEvent('page', { timeout: 5000 }).catch(() => null),
        iriLink.click(),
    ]);
    const landed = popup || page;
    await landed.waitForURL(/\/id\//);
    await landed.locator('h1').waitFor();
    report('fuseki-ui', { badges, homeWrites, navWrites, rewritten, landed: landed.url(), h1: await landed.locator('h1').innerText() });
    if (popup) {
        await popup.close();
    }

    // 6. Hostile names and text: shown as text, never run or rendered.
    const hostile = {};
    const pages = {
        entity: '/id/' + cfg.hostile.entity.slice('https://w3id.org/newskg/id/'.length),
        article: '/id/' + cfg.hostile.article.slice('https://w3id.org/newskg/id/'.length),
        graph: '/explore/graph?iri=' + encodeURIComponent(cfg.hostile.entity),
        search: '/explore?q=' + encodeURIComponent('Eve'),
    };
    for (const [name, path] of Object.entries(pages)) {
        await page.goto(base + path, { waitUntil: 'domcontentloaded' });
        await page.locator('main h1').waitFor();
        if (name === 'entity') {
            for (const b of await page.locator('button.toggle').all()) {
                await b.click();
            }
        }
        if (name === 'graph') {
            await page.waitForFunction(() => window.newskgGraph && window.newskgGraph.nodes().length > 1);
        }
        await page.waitForTimeout(200);
        hostile[name] = await hostileMarks(page);
    }
    await page.locator('#q').fill('');
    await page.locator('#q').click();
    await page.keyboard.type('Eve', { delay: 40 });
    await page.locator('#q-list [role=option]').first().waitFor();
    hostile.typeahead = await hostileMarks(page);
    hostile.typeahead.options = await page.locator('#q-list [role=option]').allInnerTexts();
    for (const h of Object.values(hostile)) {
        const t = h.text;
        h.hasName = t.includes(cfg.hostile.name);
        h.hasTitle = t.includes(cfg.hostile.title);
        h.hasQuote = t.includes(cfg.hostile.quote);
        delete h.text;
    }
    report('hostile', hostile);
    report('console', { errors: consoleErrors });
} catch (e) {
    console.error('explore-check failed: ' + (e && e.stack ? e.stack : e));
    console.error('console errors so far: ' + JSON.stringify(consoleErrors));
    process.exitCode = 1;
} finally {
    if (context) {
        await context.close();
    }
    rmSync(profile, { recursive: true, force: true });
}

// Headless check of the Fuseki UI that `newskg serve` serves, in Debian's Chromium via playwright-core.
//
//   node ui-check.mjs SERVER_URL SCREENSHOT.png [READY_QUERY_LINK]
//
// 1. Opens SERVER_URL, finds the /newskg dataset and clicks its "query" button.
// 2. Puts a query in the editor, clicks run and waits for a results table with rows.
// 3. With READY_QUERY_LINK (a start-up message link): opens it, checks that the editor holds the
//    link's query, runs it and waits for rows again.
// 4. Saves a screenshot of the last results and prints one JSON line per results table.
// Exit 0 on success, 1 with a message otherwise. Never downloads a browser.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [serverUrl, screenshot, readyLink] = process.argv.slice(2);
if (!serverUrl || !screenshot) {
    console.error('usage: node ui-check.mjs SERVER_URL SCREENSHOT.png [READY_QUERY_LINK]');
    process.exit(2);
}
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const flags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--no-first-run', '--disable-sync', '--disable-quic'];
const query = 'SELECT ?name WHERE { ?person a <https://w3id.org/newskg/ontology#Person> ;'
    + ' <http://www.w3.org/2004/02/skos/core#prefLabel> ?name } ORDER BY ?name';

// The editor is YASQE on CodeMirror 5: its instance hangs on the .CodeMirror element.
const editorText = (page) => page.evaluate(() => document.querySelector('#yasqe .CodeMirror').CodeMirror.getValue());

async function runAndReadRows(page) {
    await page.click('.yasqe_queryButton');
    const rows = page.locator('#yasr table tbody tr');
    await rows.first().waitFor({ timeout: 20000 });
    // A table that says "No data available" has one row too: require real cells.
    await page.waitForFunction(() => {
        const cells = document.querySelectorAll('#yasr table tbody tr td');
        return cells.length > 1 && !document.querySelector('#yasr .dataTables_empty');
    }, null, { timeout: 20000 });
    return rows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'))
        .map((td) => td.innerText.trim())));
}

const profile = mkdtempSync(join(tmpdir(), 'newskg-chromium-'));
let context;
try {
    context = await chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath, headless: true, args: flags, viewport: { width: 1280, height: 900 },
    });
    const page = context.pages()[0] ?? await context.newPage();
    page.setDefaultTimeout(20000);

    await page.goto(serverUrl, { waitUntil: 'domcontentloaded' });
    // The dataset list: one table row per dataset, with <button>s (info, query, ...).
    const row = page.locator('tr', { hasText: '/newskg' });
    await row.first().waitFor();
    await row.first().getByRole('button', { name: /query/i }).click();
    await page.waitForURL(/#\/dataset\/newskg\/query/);
    await page.locator('#yasqe .CodeMirror').waitFor();
    await page.evaluate((q) => document.querySelector('#yasqe .CodeMirror').CodeMirror.setValue(q), query);
    const typed = await runAndReadRows(page);
    console.log(JSON.stringify({ step: 'editor', rows: typed }));

    if (readyLink) {
        const expected = decodeURIComponent(new URL(readyLink).hash.split('?query=')[1]);
        // A fresh tab, as when someone clicks the link in a terminal.
        const tab = await context.newPage();
        tab.setDefaultTimeout(20000);
        await tab.goto(readyLink, { waitUntil: 'domcontentloaded' });
        await tab.locator('#yasqe .CodeMirror').waitFor();
        await tab.waitForFunction((q) => {
            const cm = document.querySelector('#yasqe .CodeMirror');
            return cm && cm.CodeMirror.getValue().trim() === q.trim();
        }, expected, { timeout: 20000 }).catch(async () => {
            throw new Error('the link did not pre-fill the editor; it holds:\n' + await editorText(tab));
        });
        const ready = await runAndReadRows(tab);
        console.log(JSON.stringify({ step: 'ready-link', rows: ready }));
        await tab.screenshot({ path: screenshot, fullPage: true });
    } else {
        await page.screenshot({ path: screenshot, fullPage: true });
    }
} catch (e) {
    console.error('ui-check failed: ' + (e && e.stack ? e.stack : e));
    process.exitCode = 1;
} finally {
    if (context) {
        await context.close();
    }
    rmSync(profile, { recursive: true, force: true });
}

// Added by newskg to Fuseki's UI page (newskg.explore.UiIndexServlet). It
// 1. opens the graph's IRIs in result tables in the explorer (/id/...) instead of https://w3id.org/...,
//    which does not resolve;
// 2. puts the project's prefixes and query files in the query editor's "Prefixes" and
//    "Example Queries" lists;
// 3. hides "add data" and "edit" when the server is read-only.
// It reads its settings from /api/ui and touches nothing else.
(function () {
    'use strict';
    var ID = 'https://w3id.org/newskg/id/';
    var config = null;
    var patched = new WeakSet();

    function local(href) {
        return '/id/' + href.slice(ID.length);
    }

    function rewriteLinks(root) {
        var links = root.querySelectorAll ? root.querySelectorAll('a[href^="' + ID + '"]') : [];
        for (var i = 0; i < links.length; i++) {
            var a = links[i];
            a.setAttribute('data-newskg-iri', a.getAttribute('href'));
            a.setAttribute('href', local(a.getAttribute('href')));
            a.title = 'Open in the newskg explorer';
        }
    }

    // A link rendered after the observer ran, or by code that resets href, still opens in the explorer.
    document.addEventListener('click', function (event) {
        var a = event.target && event.target.closest ? event.target.closest('a[href]') : null;
        if (a && a.getAttribute('href').indexOf(ID) === 0) {
            a.setAttribute('href', local(a.getAttribute('href')));
        }
    }, true);

    // The UI is a Vue 3 app; its root element keeps the rendered tree (_vnode), production builds too.
    function findComponent(name) {
        var root = document.getElementById('app');
        if (!root || !root._vnode || !root._vnode.component) {
            return null;
        }
        var stack = [root._vnode.component];
        while (stack.length) {
            var inst = stack.pop();
            if (inst.type && inst.type.name === name) {
                return inst;
            }
            pushVNode(inst.subTree, stack);
        }
        return null;
    }

    function pushVNode(v, stack) {
        if (!v || typeof v !== 'object') {
            return;
        }
        if (v.component) {
            stack.push(v.component);
        }
        if (v.suspense && v.suspense.activeBranch) {
            pushVNode(v.suspense.activeBranch, stack);
        }
        if (Array.isArray(v.children)) {
            for (var i = 0; i < v.children.length; i++) {
                pushVNode(v.children[i], stack);
            }
        }
    }

    function addToEditor() {
        var query = findComponent('DatasetQuery');
        if (!query || !query.data || patched.has(query)) {
            return;
        }
        patched.add(query);
        var data = query.data;
        var known = {};
        data.prefixes.forEach(function (p) { known[p.text] = true; });
        config.prefixes.forEach(function (p) {
            if (!known[p.prefix]) {
                data.prefixes.push({ uri: p.uri, text: p.prefix });
            }
        });
        config.queries.forEach(function (q) {
            data.queries.push({ value: q.sparql, text: q.name });
        });
    }

    function titleExamples() {
        var titles = {};
        config.queries.forEach(function (q) { titles[q.name] = q.title; });
        var badges = document.querySelectorAll('#app span.badge');
        for (var i = 0; i < badges.length; i++) {
            var t = titles[badges[i].textContent.trim()];
            if (t && !badges[i].title) {
                badges[i].title = t;
            }
        }
    }

    function hideWrites() {
        var controls = document.querySelectorAll('#app button, #app a.nav-link');
        for (var i = 0; i < controls.length; i++) {
            var c = controls[i];
            var text = c.textContent.trim().toLowerCase();
            var href = c.getAttribute('href') || '';
            if (text === 'add data' || text === 'edit' || /\/(upload|edit)$/.test(href)) {
                var item = c.closest('li.nav-item') || c;
                if (!item.hasAttribute('data-newskg-hidden')) {
                    // Bootstrap's d-block / d-md-inline-block are !important: the hidden attribute alone loses.
                    item.hidden = true;
                    item.style.setProperty('display', 'none', 'important');
                    item.setAttribute('data-newskg-hidden', 'read-only');
                }
            }
        }
        if (/^#\/dataset\/[^/]+\/(upload|edit)/.test(location.hash)) {
            location.replace(location.hash.replace(/\/(upload|edit).*$/, '/query'));
        }
    }

    function apply() {
        rewriteLinks(document);
        if (!config) {
            return;
        }
        addToEditor();
        titleExamples();
        if (config.readOnly) {
            hideWrites();
        }
    }

    var scheduled = false;
    new MutationObserver(function () {
        if (!scheduled) {
            scheduled = true;
            window.requestAnimationFrame(function () {
                scheduled = false;
                apply();
            });
        }
    }).observe(document.documentElement, { childList: true, subtree: true });
    window.addEventListener('hashchange', apply);

    fetch('/api/ui', { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (c) {
            config = c;
            apply();
        })
        .catch(function () { /* the UI works as before without the additions */ });
}());

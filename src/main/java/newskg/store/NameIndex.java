package newskg.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newskg.vocab.NKG;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The names of the store's entities in a Lucene index beside the TDB2 database: one document per
 * name ({@code skos:prefLabel} or {@code skos:altLabel}) of a person, organisation or place in each
 * article graph. It is Jena's text index too ({@link #textIndex()}), so SPARQL can use
 * {@code text:query}:
 * <pre>
 *   (?entity ?score ?label ?article) text:query (skos:prefLabel '"tony rhodes"') .
 * </pre>
 * and it answers type-ahead searches in Java:
 * <pre>
 *   List&lt;NameHit&gt; hits = store.names().search("tony rh", 10);
 * </pre>
 * {@link GraphStore} keeps it in step: every graph it writes or removes is indexed in the same call,
 * and the index is committed when the store's transaction is. Writes that bypass {@link GraphStore}
 * (SPARQL Update, {@code datasetGraph()} directly) are not seen until {@link #rebuild(DatasetGraph)}.
 * <p>
 * Thread-safe: searches run concurrently with one writer (TDB2's single writer).
 */
public final class NameIndex implements AutoCloseable {
    /** The index's directory inside the store directory. */
    public static final String DIRECTORY = "names";

    // jena-text's fields: the entity, its graph and the text searched.
    private static final String URI = "uri";
    private static final String GRAPH = "graph";
    private static final String NAME = "name";
    // newskg's own: the lower-cased whole name, the reversed IRI (suffix lookups), the type, pref or alt.
    private static final String KEY = "key";
    private static final String REVERSED = "rev";
    private static final String TYPE = "type";
    private static final String TYPE_INDEXED = "type_key";
    private static final String URI_DV = "uri_dv";
    private static final String GRAPH_DV = "graph_dv";
    private static final String PREF_DV = "pref_dv";
    private static final String NAME_DV = "name_dv";

    private static final Node PREF = SKOS.prefLabel.asNode();
    private static final Node ALT = SKOS.altLabel.asNode();
    private static final List<Node> TYPES = List.of(NKG.Person.asNode(), NKG.Organization.asNode(),
            NKG.Place.asNode());

    private static final Map<Path, NameIndex> OPEN = new HashMap<>();

    private final Path dir;
    private final Directory directory;
    private final TextIndexLucene text;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer = new StandardAnalyzer();
    private int users;

    private NameIndex(Path dir) throws IOException {
        this.dir = dir;
        this.directory = FSDirectory.open(dir);
        EntityDefinition def = new EntityDefinition(URI, NAME, GRAPH);
        def.set(NAME, PREF);
        def.set(NAME, ALT);
        def.setLangField("lang"); // names carry no language tag; the field tells jena-text so
        TextIndexConfig config = new TextIndexConfig(def);
        config.setValueStored(true);
        this.text = new TextIndexLucene(directory, config);
        this.writer = text.getIndexWriter();
        this.searchers = new SearcherManager(writer, true, false, null);
    }

    /**
     * Opens the index in {@code dir}, creating it when missing. In one JVM every caller of one
     * directory shares one index; each must {@link #close()} it.
     *
     * @throws StoreException when the index cannot be opened (another process holds it, or it is damaged)
     */
    static NameIndex open(Path dir) {
        Path key = dir.toAbsolutePath().normalize();
        synchronized (OPEN) {
            NameIndex index = OPEN.get(key);
            if (index == null) {
                try {
                    index = new NameIndex(key);
                } catch (IOException | RuntimeException e) {
                    throw new StoreException(dir + ": cannot open the name index (" + e.getMessage() + ")", e);
                }
                OPEN.put(key, index);
            }
            index.users++;
            return index;
        }
    }

    /** Jena's view of this index, for {@code text:query}. */
    public TextIndex textIndex() {
        return text;
    }

    /** True when the index holds no name. */
    public boolean isEmpty() {
        return writer.getDocStats().numDocs == 0;
    }

    /** Replaces the names indexed for {@code graphIri} by those of {@code graph}; not visible before {@link #commit()}. */
    void replaceGraph(String graphIri, Graph graph) {
        try {
            writer.deleteDocuments(new Term(GRAPH, graphIri));
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot write the name index (" + e.getMessage() + ")", e);
        }
        addGraph(graphIri, graph);
    }

    /** Indexes the names of {@code graph}, a graph of a bulk load that the index does not hold yet. */
    void addGraph(String graphIri, Graph graph) {
        try {
            Map<Node, Node> types = new HashMap<>();
            for (Node t : TYPES) {
                graph.find(Node.ANY, RDF.type.asNode(), t).forEachRemaining(x -> types.put(x.getSubject(), t));
            }
            for (Node p : List.of(PREF, ALT)) {
                for (var it = graph.find(Node.ANY, p, Node.ANY); it.hasNext(); ) {
                    Triple x = it.next();
                    Node type = types.get(x.getSubject());
                    if (type != null && x.getObject().isLiteral() && x.getSubject().isURI()) {
                        writer.addDocument(doc(graphIri, x.getSubject().getURI(), type.getURI(),
                                x.getObject().getLiteralLexicalForm(), p == PREF));
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot write the name index (" + e.getMessage() + ")", e);
        }
    }

    /** Forgets the names of {@code graphIri}; not visible before {@link #commit()}. */
    void removeGraph(String graphIri) {
        try {
            writer.deleteDocuments(new Term(GRAPH, graphIri));
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot write the name index (" + e.getMessage() + ")", e);
        }
    }

    /** Makes the changes durable and visible to searches and {@code text:query}. */
    void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot commit the name index (" + e.getMessage() + ")", e);
        }
    }

    /** Indexes again every article graph of {@code dsg}, in one read transaction, and commits. */
    public void rebuild(DatasetGraph dsg) {
        try {
            writer.deleteAll();
            Txn.executeRead(dsg, () -> {
                Map<Quad, Node> types = new HashMap<>();
                for (Node t : TYPES) {
                    dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), t).forEachRemaining(
                            q -> types.put(key(q.getGraph(), q.getSubject()), t));
                }
                for (Node p : List.of(PREF, ALT)) {
                    for (var it = dsg.find(Node.ANY, Node.ANY, p, Node.ANY); it.hasNext(); ) {
                        Quad q = it.next();
                        Node type = types.get(key(q.getGraph(), q.getSubject()));
                        if (type != null && q.getObject().isLiteral() && q.getSubject().isURI()) {
                            try {
                                writer.addDocument(doc(q.getGraph().getURI(), q.getSubject().getURI(), type.getURI(),
                                        q.getObject().getLiteralLexicalForm(), p == PREF));
                            } catch (IOException e) {
                                throw new StoreException(dir + ": cannot write the name index (" + e.getMessage()
                                        + ")", e);
                            }
                        }
                    }
                }
            });
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot write the name index (" + e.getMessage() + ")", e);
        }
        commit();
    }

    private static Quad key(Node graph, Node subject) {
        return Quad.create(graph, subject, Node.ANY, Node.ANY);
    }

    private static Document doc(String graph, String entity, String type, String name, boolean pref) {
        Document d = new Document();
        d.add(new Field(URI, entity, TextIndexLucene.ftIRI));
        d.add(new Field(GRAPH, graph, TextIndexLucene.ftIRI));
        d.add(new Field(NAME, name, TextField.TYPE_STORED));
        d.add(new StringField(KEY, name.toLowerCase(Locale.ROOT), Field.Store.NO));
        d.add(new StringField(REVERSED, reverse(entity), Field.Store.NO));
        d.add(new StoredField(TYPE, type));
        d.add(new StringField(TYPE_INDEXED, type, Field.Store.NO));
        d.add(new SortedDocValuesField(URI_DV, new BytesRef(entity)));
        d.add(new SortedDocValuesField(GRAPH_DV, new BytesRef(graph)));
        d.add(new NumericDocValuesField(PREF_DV, pref ? 1 : 0));
        d.add(new SortedDocValuesField(NAME_DV, new BytesRef(name)));
        return d;
    }

    private static String reverse(String s) {
        return new StringBuilder(s).reverse().toString();
    }

    /**
     * Entities with a name whose words start with the words of {@code text}, in any case: every word but
     * the last must match whole, the last may be the start of a word ({@code "tony rh"} finds Tony Rhodes).
     * A name equal to {@code text} comes first, then the entities more articles name, then shorter names.
     *
     * @param limit the most hits returned, at least 1
     * @return the hits, best first; empty when {@code text} has no word
     */
    public List<NameHit> search(String text, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        List<String> words = words(text);
        if (words.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            Term t = new Term(NAME, words.get(i));
            q.add(i == words.size() - 1 ? new PrefixQuery(t) : new TermQuery(t), BooleanClause.Occur.MUST);
        }
        String exact = String.join(" ", text.strip().toLowerCase(Locale.ROOT).split("\\s+"));
        return withSearcher(s -> {
            Map<String, Tally> byEntity = collect(s, q.build());
            Set<String> exactIris = new HashSet<>(collect(s, new TermQuery(new Term(KEY, exact))).keySet());
            List<Tally> ranked = new ArrayList<>(byEntity.values());
            for (Tally t : ranked) {
                t.exact = exactIris.contains(t.iri);
                if (t.name.isEmpty()) {
                    t.name = s.storedFields().document(t.nameDoc).get(NAME); // an index without name doc values
                }
            }
            ranked.sort(Comparator.comparing((Tally t) -> !t.exact).thenComparing(t -> -t.graphs.size())
                    .thenComparingInt(t -> t.name.length()).thenComparing(t -> t.name).thenComparing(t -> t.iri));
            List<NameHit> hits = new ArrayList<>();
            for (Tally t : ranked.subList(0, Math.min(limit, ranked.size()))) {
                hits.add(new NameHit(t.iri, s.storedFields().document(t.nameDoc).get(TYPE), t.name, t.graphs.size()));
            }
            return hits;
        });
    }

    /**
     * The entities of class {@code typeIri} ({@code nkg:Person} ...) that the most articles name, most
     * first; for overviews and for benchmarks that need names the store really holds.
     */
    public List<NameHit> mostNamed(String typeIri, int limit) {
        return withSearcher(s -> {
            List<Tally> all = new ArrayList<>(collect(s, new TermQuery(new Term(TYPE_INDEXED, typeIri))).values());
            all.sort(Comparator.comparing((Tally t) -> -t.graphs.size()).thenComparing(t -> t.iri));
            List<NameHit> hits = new ArrayList<>();
            for (Tally t : all.subList(0, Math.min(limit, all.size()))) {
                String name = t.name.isEmpty() ? s.storedFields().document(t.nameDoc).get(NAME) : t.name;
                hits.add(new NameHit(t.iri, typeIri, name, t.graphs.size()));
            }
            return hits;
        });
    }

    /** The entities, of any type, whose IRI ends with {@code suffix}. */
    public Set<String> entitiesEndingWith(String suffix) {
        return withSearcher(s -> Set.copyOf(collect(s, new PrefixQuery(new Term(REVERSED, reverse(suffix)))).keySet()));
    }

    /** The entities named in the graph {@code graphIri}. */
    public Set<String> entitiesIn(String graphIri) {
        return withSearcher(s -> Set.copyOf(collect(s, new TermQuery(new Term(GRAPH, graphIri))).keySet()));
    }

    /** The number of names indexed. */
    public int size() {
        return withSearcher(s -> s.count(new MatchAllDocsQuery()));
    }

    private List<String> words(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(NAME, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot analyse '" + text + "' (" + e.getMessage() + ")", e);
        }
        return out;
    }

    /** What one search found about one entity. */
    private static final class Tally {
        final String iri;
        final Set<String> graphs = new HashSet<>();
        int nameDoc = -1;
        boolean namePref;
        String name = "";
        boolean exact;

        Tally(String iri) {
            this.iri = iri;
        }
    }

    private static Map<String, Tally> collect(IndexSearcher s, Query q) throws IOException {
        Map<String, Tally> out = new java.util.LinkedHashMap<>();
        s.search(q, new SimpleCollector() {
            private SortedDocValues uris;
            private SortedDocValues graphs;
            private NumericDocValues prefs;
            private SortedDocValues names;
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                uris = DocValues.getSorted(context.reader(), URI_DV);
                graphs = DocValues.getSorted(context.reader(), GRAPH_DV);
                prefs = DocValues.getNumeric(context.reader(), PREF_DV);
                names = DocValues.getSorted(context.reader(), NAME_DV);
                base = context.docBase;
            }

            @Override
            public void collect(int doc) throws IOException {
                if (!uris.advanceExact(doc) || !graphs.advanceExact(doc)) {
                    return;
                }
                String iri = uris.lookupOrd(uris.ordValue()).utf8ToString();
                Tally t = out.computeIfAbsent(iri, Tally::new);
                t.graphs.add(graphs.lookupOrd(graphs.ordValue()).utf8ToString());
                boolean pref = prefs.advanceExact(doc) && prefs.longValue() == 1;
                String name = names.advanceExact(doc) ? names.lookupOrd(names.ordValue()).utf8ToString() : "";
                // the fullest preferred name: the longest, as each article chooses its own
                if (t.nameDoc < 0 || (pref && !t.namePref) || (pref == t.namePref && name.length() > t.name.length())) {
                    t.nameDoc = base + doc;
                    t.namePref = pref;
                    t.name = name;
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return out;
    }

    private interface SearchAction<T> {
        T apply(IndexSearcher s) throws IOException;
    }

    private <T> T withSearcher(SearchAction<T> action) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return action.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot search the name index (" + e.getMessage() + ")", e);
        }
    }

    /** Releases this caller's use; the last one closes the index. */
    @Override
    public void close() {
        synchronized (OPEN) {
            if (--users > 0) {
                return;
            }
            OPEN.remove(dir);
        }
        try {
            searchers.close();
            text.close();
            directory.close();
        } catch (IOException | RuntimeException e) {
            throw new StoreException(dir + ": cannot close the name index (" + e.getMessage() + ")", e);
        }
    }
}

package newskg.build;

import newskg.extract.Extraction;
import newskg.extract.Extractor;
import newskg.extract.Gazetteer;
import newskg.nlp.AnnotatedText;
import newskg.nlp.Annotator;
import newskg.nlp.NlpModels;
import newskg.rdf.GraphMapper;
import newskg.rdf.Iris;
import newskg.resolve.EntityResolver;
import newskg.resolve.Resolution;
import newskg.source.Article;
import newskg.source.ArticleInput;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The whole path for one article, in memory: read, annotate, extract, resolve, map to RDF. The one
 * function the build (on its extraction threads) and a distributed job (per partition) call: an
 * article in, its named graph out, no store and nothing shared that it changes.
 * <pre>
 *   ArticleGraph g = new ArticleProcessor().process(new ArticleFile(Path.of("seeds/a.txt"), "a.txt"));
 *   g.quads().forEach(sink::add);
 * </pre>
 * Not thread-safe (it holds an {@link Annotator}): use one per thread. Between stages it checks its
 * thread's interrupt flag, so that an article abandoned for taking too long stops soon.
 */
public final class ArticleProcessor {
    private final Annotator annotator;
    private final Extractor extractor;
    private final EntityResolver resolver;

    public ArticleProcessor() {
        this(new Annotator(NlpModels.load()), Extractor.standard(), new EntityResolver(Gazetteer.load()));
    }

    public ArticleProcessor(Annotator annotator, Extractor extractor, EntityResolver resolver) {
        this.annotator = annotator;
        this.extractor = extractor;
        this.resolver = resolver;
    }

    /**
     * Reads and processes one article input.
     *
     * @throws newskg.source.ArticleException when the input is not a readable article
     * @throws BuildException                 when the thread is interrupted meanwhile
     */
    public ArticleGraph process(ArticleInput input) {
        return process(input.read());
    }

    /** Processes an article already read. */
    public ArticleGraph process(Article article) {
        AnnotatedText text = annotator.annotate(article.text());
        checkInterrupt(article);
        Extraction x = extractor.extract(article, text);
        checkInterrupt(article);
        Resolution r = resolver.resolve(x);
        Graph g = GraphFactory.createDefaultGraph();
        GraphMapper.map(r, StreamRDFLib.graph(g));
        return new ArticleGraph(article.id(), Iris.article(article.id()), g, article.warnings());
    }

    private static void checkInterrupt(Article article) {
        if (Thread.currentThread().isInterrupted()) {
            throw new BuildException(article.source() + ": processing interrupted");
        }
    }
}

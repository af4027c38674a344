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
 * The whole path for one article, in memory: read, annotate, extract, resolve, map to RDF.
 * <pre>
 *   ArticleGraph g = new ArticleProcessor().process(new ArticleFile(Path.of("seeds/a.txt"), "a.txt"));
 * </pre>
 * Not thread-safe (it holds an {@link Annotator}): use one per thread.
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
     */
    public ArticleGraph process(ArticleInput input) {
        return process(input.read());
    }

    /** Processes an article already read. */
    public ArticleGraph process(Article article) {
        AnnotatedText text = annotator.annotate(article.text());
        Extraction x = extractor.extract(article, text);
        Resolution r = resolver.resolve(x);
        Graph g = GraphFactory.createDefaultGraph();
        GraphMapper.map(r, StreamRDFLib.graph(g));
        return new ArticleGraph(Iris.article(article.id()), r, g);
    }
}

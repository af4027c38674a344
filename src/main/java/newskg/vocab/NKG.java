package newskg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The newskg ontology ({@code ontology/newskg.ttl}): one constant per term declared there.
 * Standard terms newskg reuses (SKOS labels, W3C ORG memberships, Dublin Core) come from Jena's
 * vocabulary classes ({@code SKOS}, {@code ORG}, {@code DCTerms}).
 */
public final class NKG {
    /** The ontology namespace. */
    public static final String NS = "https://w3id.org/newskg/ontology#";
    /** Base of the IRIs of things in the graph (articles, entities, facts). */
    public static final String ID = "https://w3id.org/newskg/id/";

    private NKG() {
    }

    public static String getURI() {
        return NS;
    }

    // Classes: the text
    public static final Resource Article = resource("Article");
    public static final Resource Sentence = resource("Sentence");
    public static final Resource Mention = resource("Mention");
    // Classes: entities
    public static final Resource Entity = resource("Entity");
    public static final Resource Person = resource("Person");
    public static final Resource Organization = resource("Organization");
    public static final Resource Place = resource("Place");
    // Classes: facts
    public static final Resource Fact = resource("Fact");
    public static final Resource Role = resource("Role");
    public static final Resource Quote = resource("Quote");
    public static final Resource Event = resource("Event");
    public static final Resource Attack = resource("Attack");
    public static final Resource Protest = resource("Protest");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource Arrest = resource("Arrest");
    public static final Resource Deportation = resource("Deportation");
    public static final Resource Directive = resource("Directive");
    public static final Resource Deployment = resource("Deployment");
    public static final Resource Statement = resource("Statement");
    public static final Resource Poll = resource("Poll");
    public static final Resource LegalAction = resource("LegalAction");
    public static final Resource Ceremony = resource("Ceremony");
    public static final Resource PersonnelChange = resource("PersonnelChange");
    public static final Resource Appointment = resource("Appointment");
    public static final Resource Resignation = resource("Resignation");
    public static final Resource Dismissal = resource("Dismissal");
    public static final Resource Election = resource("Election");
    // Role status: a class and its three individuals
    public static final Resource RoleStatus = resource("RoleStatus");
    public static final Resource Current = resource("Current");
    public static final Resource Former = resource("Former");
    public static final Resource Future = resource("Future");

    // Article metadata
    public static final Property sourceFile = property("sourceFile");
    public static final Property dateSource = property("dateSource");
    // Text anchors
    public static final Property inArticle = property("inArticle");
    public static final Property inSentence = property("inSentence");
    public static final Property sentenceIndex = property("sentenceIndex");
    public static final Property text = property("text");
    public static final Property beginIndex = property("beginIndex");
    public static final Property endIndex = property("endIndex");
    public static final Property anchorOf = property("anchorOf");
    public static final Property mentionOf = property("mentionOf");
    public static final Property mentionedIn = property("mentionedIn");
    // Provenance of every fact
    public static final Property evidence = property("evidence");
    public static final Property method = property("method");
    public static final Property confidence = property("confidence");
    // Roles
    public static final Property title = property("title");
    public static final Property rolePlace = property("rolePlace");
    public static final Property status = property("status");
    // Events
    public static final Property participant = property("participant");
    public static final Property agent = property("agent");
    public static final Property victim = property("victim");
    public static final Property speaker = property("speaker");
    public static final Property attendee = property("attendee");
    public static final Property target = property("target");
    public static final Property holder = property("holder");
    public static final Property institution = property("institution");
    public static final Property place = property("place");
    public static final Property date = property("date");
    public static final Property dateMethod = property("dateMethod");
    public static final Property trigger = property("trigger");
    // Quotes
    public static final Property quoteText = property("quoteText");
    public static final Property saidBy = property("saidBy");

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    /** The same terms as graph {@link Node}s, for code that writes triples directly. */
    public static final class Nodes {
        private Nodes() {
        }

        public static final Node Article = NKG.Article.asNode();
        public static final Node Sentence = NKG.Sentence.asNode();
        public static final Node Mention = NKG.Mention.asNode();
        public static final Node Person = NKG.Person.asNode();
        public static final Node Organization = NKG.Organization.asNode();
        public static final Node Place = NKG.Place.asNode();
        public static final Node Role = NKG.Role.asNode();
        public static final Node Quote = NKG.Quote.asNode();
        public static final Node Event = NKG.Event.asNode();

        public static final Node sourceFile = NKG.sourceFile.asNode();
        public static final Node dateSource = NKG.dateSource.asNode();
        public static final Node inArticle = NKG.inArticle.asNode();
        public static final Node inSentence = NKG.inSentence.asNode();
        public static final Node sentenceIndex = NKG.sentenceIndex.asNode();
        public static final Node text = NKG.text.asNode();
        public static final Node beginIndex = NKG.beginIndex.asNode();
        public static final Node endIndex = NKG.endIndex.asNode();
        public static final Node anchorOf = NKG.anchorOf.asNode();
        public static final Node mentionOf = NKG.mentionOf.asNode();
        public static final Node mentionedIn = NKG.mentionedIn.asNode();
        public static final Node evidence = NKG.evidence.asNode();
        public static final Node method = NKG.method.asNode();
        public static final Node confidence = NKG.confidence.asNode();
        public static final Node title = NKG.title.asNode();
        public static final Node rolePlace = NKG.rolePlace.asNode();
        public static final Node status = NKG.status.asNode();
        public static final Node participant = NKG.participant.asNode();
        public static final Node place = NKG.place.asNode();
        public static final Node date = NKG.date.asNode();
        public static final Node dateMethod = NKG.dateMethod.asNode();
        public static final Node trigger = NKG.trigger.asNode();
        public static final Node quoteText = NKG.quoteText.asNode();
        public static final Node saidBy = NKG.saidBy.asNode();

        /** A term of this namespace by its local name (event classes, participant parts). */
        public static Node term(String local) {
            return NodeFactory.createURI(NS + local);
        }
    }
}

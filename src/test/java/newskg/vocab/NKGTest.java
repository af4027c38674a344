package newskg.vocab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class NKGTest {
    @Test
    void everyConstantIsDeclaredInTheOntology() throws Exception {
        Model ontology = RDFDataMgr.loadModel("ontology/newskg.ttl");
        for (Field f : NKG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource r = (Resource) f.get(null);
                boolean declared = ontology.contains(r, RDF.type, OWL.Class)
                        || ontology.contains(r, RDF.type, OWL.ObjectProperty)
                        || ontology.contains(r, RDF.type, OWL.DatatypeProperty)
                        || ontology.contains(r, RDF.type, OWL2.NamedIndividual);
                assertTrue(declared, r + " is not declared in ontology/newskg.ttl");
            }
        }
    }
}

package newskg.source;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

/** What the source tests do with inputs: list them, and read one that must fail. */
final class Inputs {
    private Inputs() {
    }

    /** One iteration of {@code inputs}, in order. */
    static List<ArticleInput> list(ArticleInputs inputs) {
        List<ArticleInput> all = new ArrayList<>();
        inputs.forEach(all::add);
        return all;
    }

    /** The message of reading {@code in}, which must fail. */
    static String error(ArticleInput in) {
        return assertThrows(ArticleException.class, in::read).getMessage();
    }
}

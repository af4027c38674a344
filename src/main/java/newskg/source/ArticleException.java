package newskg.source;

import newskg.NewskgException;

/** An input path or article file that cannot be read as an article; the message names the file. */
public class ArticleException extends NewskgException {
    public ArticleException(String message) {
        super(message);
    }
}

package newskg.query;

import newskg.NewskgException;

/** A query that cannot be parsed or run; a parse error's message keeps the line and column. */
public class QueryException extends NewskgException {
    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}

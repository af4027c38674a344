package newskg.explore;

import newskg.NewskgException;

/**
 * An explorer request that cannot be answered, with the HTTP status to answer it with: 400 for a
 * malformed request, 404 for an IRI or name the graph does not hold, 406 for a format not offered,
 * 503 when the store takes too long. The message is for the person who sent the request.
 */
public class ExploreException extends NewskgException {
    private final int status;

    public ExploreException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status code. */
    public int status() {
        return status;
    }
}

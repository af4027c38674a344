package newskg.store;

import newskg.NewskgException;

/** A store directory that cannot be opened or written; the message names the directory. */
public class StoreException extends NewskgException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

package newskg.server;

import newskg.NewskgException;

/** The server cannot start or is misconfigured; the message names the address or the problem. */
public class ServerException extends NewskgException {
    public ServerException(String message) {
        super(message);
    }

    public ServerException(String message, Throwable cause) {
        super(message, cause);
    }
}

package newskg.build;

import newskg.NewskgException;

/** A build that cannot go on; the message names the article or the problem. */
public class BuildException extends NewskgException {
    public BuildException(String message) {
        super(message);
    }

    public BuildException(String message, Throwable cause) {
        super(message, cause);
    }
}

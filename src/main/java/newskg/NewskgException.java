package newskg;

/**
 * Root of newskg's unchecked exceptions. Each stage has its own subclass; the message names the
 * file or the problem so that the command line can print it alone, without a stack trace.
 */
public class NewskgException extends RuntimeException {
    public NewskgException(String message) {
        super(message);
    }

    public NewskgException(String message, Throwable cause) {
        super(message, cause);
    }
}

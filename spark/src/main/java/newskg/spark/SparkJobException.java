package newskg.spark;

import newskg.NewskgException;

/** A Spark job that cannot start or go on; the message names the input, output or problem. */
public class SparkJobException extends NewskgException {
    public SparkJobException(String message) {
        super(message);
    }

    public SparkJobException(String message, Throwable cause) {
        super(message, cause);
    }
}

package newskg.source;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator that finds its next element one step ahead, for readers that only know whether there is
 * more once they have read it. Subclasses give {@link #advance()}. Not thread-safe.
 */
abstract class LookaheadIterator<T> implements Iterator<T> {
    private T next;
    private boolean ended;

    /** The next element, or {@code null} at the end (then it is not called again). */
    protected abstract T advance();

    @Override
    public final boolean hasNext() {
        if (next == null && !ended) {
            next = advance();
            ended = next == null;
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T n = next;
        next = null;
        return n;
    }
}

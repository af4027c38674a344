package newskg.extract;

import java.util.Objects;

/**
 * A title read from a sentence, such as "the company's interim chief executive" or "former finance
 * minister of Freedonia": the role words, what its status words say, and the organization or place it
 * is of when the phrase names one.
 *
 * @param first  index of its first token (a determiner or owner included)
 * @param head   index of its head noun ("executive", "minister")
 * @param last   index of its last token (the owner's last token when "of X" follows the head)
 * @param title  the role words without status words, owner or determiner ("interim chief executive")
 * @param status what its status words say ("former", "incoming", "-elect"); {@code CURRENT} without any
 * @param marked whether a status word was written (so that the status overrides what the context implies)
 * @param org    the organization it is of, or {@code null}
 * @param place  the place it is of, or {@code null}
 */
record TitlePhrase(int first, int head, int last, String title, RoleStatus status, boolean marked, Mention org,
                   Mention place) {
    TitlePhrase {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
    }

    TitlePhrase withStatus(RoleStatus s) {
        return new TitlePhrase(first, head, last, title, s, marked, org, place);
    }

    TitlePhrase withOwners(Mention o, Mention p) {
        return new TitlePhrase(first, head, last, title, status, marked, o, p);
    }
}

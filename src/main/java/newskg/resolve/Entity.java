package newskg.resolve;

import java.util.List;
import java.util.Objects;
import newskg.extract.EntityType;
import newskg.extract.Mention;

/**
 * One real person, organisation or place, as an article names it.
 *
 * @param key      stable across articles: the same key is the same graph node ("donald-trump")
 * @param type     what kind of entity it is
 * @param name     the fullest form the article uses
 * @param aliases  the other forms it uses, without titles
 * @param mentions where the article names it, in text order
 */
public record Entity(String key, EntityType type, String name, List<String> aliases, List<Mention> mentions) {
    public Entity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
        if (key.isBlank()) {
            throw new IllegalArgumentException("entity key must not be blank");
        }
    }
}

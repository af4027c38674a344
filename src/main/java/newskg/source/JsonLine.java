package newskg.source;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One line of a JSON Lines file: one article as a JSON object with {@code text} (or {@code body},
 * {@code content}) and, optionally, {@code id}, {@code title}, {@code published} (or {@code date},
 * {@code publishedAt}), {@code url}, {@code source}, {@code author}/{@code authors}, {@code language}.
 * The line is parsed when it is read, in whichever thread reads it.
 * <pre>
 *   Article a = new JsonLine("feed.jsonl", 12, "feed.jsonl:12", "{\"text\": \"...\"}").read();
 * </pre>
 * Immutable and thread-safe.
 *
 * @param file the file's name for messages
 * @param line the line number, from 1
 * @param id   the article id: the record's {@code id}, else the file's id and the line ({@code feed.jsonl:12})
 * @param json the line
 */
public record JsonLine(String file, long line, String id, String json) implements ArticleInput {
    public JsonLine {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(json, "json");
    }

    @Override
    public String origin() {
        return file + ":" + line;
    }

    @Override
    public Article read() {
        JsonObject object = parse();
        ArticleFields fields = ArticleFields.read(values(object), key -> origin());
        if (fields.text() == null || !TextNormalizer.hasLetters(fields.text())) {
            String why = fields.text() == null ? "no \"text\", \"body\" or \"content\" field" : "the text has no letters";
            throw new ArticleException(origin() + ": no article text (" + why + ")");
        }
        return Articles.assemble(id, origin(), fields, fields.text());
    }

    /**
     * The record's own {@code id} (a string or a number), read quickly without building the object, or
     * {@code null} when it has none or the line is not a JSON object (reading the line then says why).
     */
    public static String idOf(String json) {
        try (JsonReader r = new JsonReader(new StringReader(json))) {
            r.setStrictness(Strictness.STRICT);
            if (r.peek() != JsonToken.BEGIN_OBJECT) {
                return null;
            }
            r.beginObject();
            while (r.hasNext()) {
                if (r.nextName().equals("id") && (r.peek() == JsonToken.STRING || r.peek() == JsonToken.NUMBER)) {
                    String id = r.nextString().strip();
                    return id.isEmpty() ? null : id;
                }
                r.skipValue();
            }
            return null;
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            return null;
        }
    }

    private JsonObject parse() {
        JsonElement e;
        try (JsonReader r = new JsonReader(new StringReader(json))) {
            r.setStrictness(Strictness.STRICT);
            e = JsonParser.parseReader(r);
            if (r.peek() != JsonToken.END_DOCUMENT) {
                throw new ArticleException(origin() + ": not JSON (more after the object: one object a line)");
            }
        } catch (JsonParseException | IOException | IllegalStateException ex) {
            throw new ArticleException(origin() + ": not JSON (" + problem(ex) + ")");
        }
        if (!e.isJsonObject()) {
            throw new ArticleException(origin() + ": not a JSON object (one article a line, as {\"text\": ...})");
        }
        return e.getAsJsonObject();
    }

    /** Gson's reason without its class name and "path $" noise: "Unterminated string at line 1 column 40". */
    private static String problem(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof MalformedJsonException)) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int path = m.indexOf(" path $");
        m = path > 0 ? m.substring(0, path) : m;
        int see = m.indexOf("\nSee ");
        m = (see > 0 ? m.substring(0, see) : m).strip();
        // Gson's advice to programmers is no help to a user: "Use JsonReader.setStrictness(...) to accept
        // malformed JSON at line 1 column 3" says "malformed JSON at line 1 column 3"
        return m.replaceFirst("^Use JsonReader\\.set\\w+\\([^)]*\\) to accept ", "");
    }

    /** The object's fields as plain Java values: strings, numbers, booleans, lists and maps. */
    private static Map<String, Object> values(JsonObject o) {
        Map<String, Object> m = new LinkedHashMap<>();
        o.entrySet().forEach(en -> m.put(en.getKey(), value(en.getValue())));
        return m;
    }

    private static Object value(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (e.isJsonObject()) {
            return values(e.getAsJsonObject());
        }
        if (e.isJsonArray()) {
            List<Object> l = new ArrayList<>();
            e.getAsJsonArray().forEach(x -> l.add(value(x)));
            return l;
        }
        var p = e.getAsJsonPrimitive();
        return p.isBoolean() ? (Object) p.getAsBoolean() : p.isNumber() ? p.getAsNumber() : p.getAsString();
    }
}

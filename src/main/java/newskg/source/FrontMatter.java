package newskg.source;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A YAML front-matter block at the top of a text or Markdown file, as static-site generators and Pandoc
 * write it: a first line {@code ---}, YAML, and a line {@code ---} (or {@code ...}) that closes it.
 * <pre>
 *   Optional&lt;FrontMatter&gt; fm = FrontMatter.split(text, "news/a.md");
 *   fm.get().fields();   // {title=..., published=2025-09-02}
 *   fm.get().body();     // the text after the closing line
 * </pre>
 * YAML is read by SnakeYAML Engine (YAML 1.2, core schema: no custom types, so dates stay strings).
 * Thread-safe (stateless).
 *
 * @param fields    the block's keys and values, in their order
 * @param yaml      the block's text, between the fences
 * @param body      the text after the closing line
 * @param bodyStart the offset of the body in the text given to {@link #split}
 */
public record FrontMatter(Map<String, Object> fields, String yaml, String body, int bodyStart) {
    /** Front matter larger than this is not front matter someone wrote by hand. */
    private static final int MAX_CODE_POINTS = 1 << 20;

    /**
     * The front matter of {@code text} (line ends already {@code \n}), if it opens with one.
     *
     * @param origin names the file in messages
     * @throws ArticleException when the block is not closed, not YAML, or not a mapping of keys to values;
     *                          the message gives the line in the file
     */
    public static Optional<FrontMatter> split(String text, String origin) {
        if (!opensFence(text)) {
            return Optional.empty();
        }
        int start = text.indexOf('\n') + 1;
        int lineStart = start;
        while (lineStart < text.length()) {
            int end = text.indexOf('\n', lineStart);
            String line = text.substring(lineStart, end < 0 ? text.length() : end).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                String yaml = text.substring(start, lineStart);
                int bodyStart = end < 0 ? text.length() : end + 1;
                return Optional.of(new FrontMatter(parse(yaml, origin), yaml, text.substring(bodyStart), bodyStart));
            }
            if (end < 0) {
                break;
            }
            lineStart = end + 1;
        }
        throw new ArticleException(origin + ":1: front matter opened with --- is not closed (no --- line after it)");
    }

    /** The line in the file (from 1) where {@code key} is set, or the first line of the block. */
    public int lineOf(String key) {
        int line = 2;
        for (String l : yaml.split("\n", -1)) {
            if (l.startsWith(key) && l.substring(key.length()).stripLeading().startsWith(":")) {
                return line;
            }
            line++;
        }
        return 1;
    }

    private static boolean opensFence(String text) {
        int end = text.indexOf('\n');
        return end >= 0 && text.substring(0, end).stripTrailing().equals("---");
    }

    private static Map<String, Object> parse(String yaml, String origin) {
        if (yaml.isBlank()) {
            return Map.of();
        }
        LoadSettings settings = LoadSettings.builder().setLabel(origin).setCodePointLimit(MAX_CODE_POINTS)
                .setMaxAliasesForCollections(20).build();
        Object value;
        try {
            value = new Load(settings).loadFromString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 2).orElse(2);
            throw new ArticleException(origin + ":" + line + ": front matter is not YAML (" + problem(e) + ")");
        } catch (YamlEngineException e) {
            throw new ArticleException(origin + ":2: front matter is not YAML (" + firstLine(e.getMessage()) + ")");
        }
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new ArticleException(origin + ":2: front matter is not a list of keys and values (it is a "
                    + (value instanceof java.util.List ? "list" : "single value") + ")");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        map.forEach((k, v) -> fields.put(String.valueOf(k), v));
        return fields;
    }

    private static String problem(MarkedYamlEngineException e) {
        String p = e.getProblem();
        return p == null || p.isBlank() ? firstLine(e.getMessage()) : p;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}

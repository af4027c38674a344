package newskg.teacher;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newskg.nlp.Sentence;
import newskg.nlp.Token;

/**
 * The teacher's trees as {@link ParserTeacher} writes them: a CoNLL-like text file, one line a token
 * (index from 1, character offsets into the article, form, NLP4J's POS tag, head index with 0 the root,
 * NLP4J's label) under one line a sentence (article, sentence index, character offsets).
 * <pre>
 *   Map&lt;String, List&lt;TeacherTrees.Tree&gt;&gt; trees = TeacherTrees.read(path);   // by article
 * </pre>
 * Thread-safe (static functions).
 */
final class TeacherTrees {
    static final String HEADER = "# NLP4J 1.1.3 trees on newskg's tokens. #sentence\tarticle\tindex\tstart\tend;"
            + " then per token: id\tstart\tend\tform\tpos\thead\tlabel\n";

    /** One sentence's tree: token offsets, heads (0 the root, else the head's index from 1) and labels. */
    record Tree(int start, int end, int[] tokenStarts, int[] tokenEnds, int[] heads, String[] labels) {
        int size() {
            return heads.length;
        }

        /** True when {@code s} has exactly this tree's sentence and tokens (the annotator has not changed). */
        boolean matches(Sentence s) {
            if (s.span().start() != start || s.span().end() != end || s.size() != size()) {
                return false;
            }
            for (int i = 0; i < s.size(); i++) {
                if (s.token(i).start() != tokenStarts[i] || s.token(i).end() != tokenEnds[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private TeacherTrees() {
    }

    static String sentenceLine(String article, Sentence s) {
        return "#sentence\t" + article + "\t" + s.index() + "\t" + s.span().start() + "\t" + s.span().end() + "\n";
    }

    static String tokenLine(int id, Token t, String pos, int head, String label) {
        String form = t.text().replace('\t', ' ').replace('\n', ' ');
        return id + "\t" + t.start() + "\t" + t.end() + "\t" + form + "\t" + pos + "\t" + head + "\t" + label + "\n";
    }

    /** The trees of every article in the file, by article, in file order. */
    static Map<String, List<Tree>> read(Path file) throws IOException {
        Map<String, List<Tree>> out = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            String[] head = null;
            List<String[]> rows = new ArrayList<>();
            while (true) {
                line = r.readLine();
                if (line == null || line.startsWith("#sentence\t")) {
                    if (head != null) {
                        out.computeIfAbsent(head[1], k -> new ArrayList<>()).add(tree(head, rows));
                    }
                    if (line == null) {
                        return out;
                    }
                    head = line.split("\t");
                    rows.clear();
                } else {
                    rows.add(line.split("\t"));
                }
            }
        }
    }

    private static Tree tree(String[] head, List<String[]> rows) {
        int n = rows.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        int[] heads = new int[n];
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            String[] f = rows.get(i);
            starts[i] = Integer.parseInt(f[1]);
            ends[i] = Integer.parseInt(f[2]);
            heads[i] = Integer.parseInt(f[f.length - 2]);
            labels[i] = f[f.length - 1];
        }
        return new Tree(Integer.parseInt(head[3]), Integer.parseInt(head[4]), starts, ends, heads, labels);
    }
}

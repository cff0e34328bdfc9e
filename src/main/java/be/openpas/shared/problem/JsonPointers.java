package be.openpas.shared.problem;

import java.util.ArrayList;
import java.util.List;

/** RFC 6901 JSON pointers from property paths. */
public final class JsonPointers {

    private JsonPointers() {}

    /** {@code cities[0].postalCode} becomes {@code /cities/0/postalCode}; an empty path is the root {@code /}. */
    public static String fromPropertyPath(String path) {
        if (path == null || path.isBlank()) {
            return "/";
        }
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.') {
                flush(tokens, current);
            } else if (c == '[') {
                flush(tokens, current);
                int close = path.indexOf(']', i);
                if (close < 0) {
                    current.append(path.substring(i + 1));
                    break;
                }
                tokens.add(path.substring(i + 1, close));
                i = close;
            } else {
                current.append(c);
            }
        }
        flush(tokens, current);
        return of(tokens);
    }

    public static String of(List<String> tokens) {
        if (tokens.isEmpty()) {
            return "/";
        }
        StringBuilder pointer = new StringBuilder();
        for (String token : tokens) {
            pointer.append('/').append(token.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    public static String child(String parent, String token) {
        String escaped = token.replace("~", "~0").replace("/", "~1");
        return ("/".equals(parent) ? "" : parent) + "/" + escaped;
    }

    public static String child(String parent, int index) {
        return child(parent, Integer.toString(index));
    }

    private static void flush(List<String> tokens, StringBuilder current) {
        if (!current.isEmpty()) {
            tokens.add(current.toString());
            current.setLength(0);
        }
    }
}

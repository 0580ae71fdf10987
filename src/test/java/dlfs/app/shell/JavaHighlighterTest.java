package dlfs.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dlfs.app.shell.JavaHighlighter.Kind;
import dlfs.app.shell.JavaHighlighter.Token;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JavaHighlighterTest {
    private static Kind kindOf(List<Token> line, String text) {
        return line.stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow().kind();
    }

    @Test
    void tokensJoinBackIntoTheLine() {
        List<String> lines = List.of("    public Tensor forward(Tensor x, boolean train) { // y = x·W + b",
                "        String s = \"a \\\" quote\"; char c = '\\''; int n = 0x1F; double d = 1e-7;");
        List<List<Token>> tokens = JavaHighlighter.highlight(lines);
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(lines.get(i), tokens.get(i).stream().map(Token::text).collect(Collectors.joining()));
        }
        assertEquals(Kind.KEYWORD, kindOf(tokens.get(0), "public"));
        assertEquals(Kind.PLAIN, kindOf(tokens.get(0), "Tensor"));
        assertEquals(Kind.COMMENT, kindOf(tokens.get(0), "// y = x·W + b"));
        assertEquals(Kind.STRING, kindOf(tokens.get(1), "\"a \\\" quote\""));
        assertEquals(Kind.STRING, kindOf(tokens.get(1), "'\\''"));
        assertEquals(Kind.NUMBER, kindOf(tokens.get(1), "1e-7".substring(0, 2)));
    }

    @Test
    void blockCommentsSpanLines() {
        List<List<Token>> tokens = JavaHighlighter.highlight(List.of("int a; /** starts", " * public inside",
                " */ return a;", "@Override"));
        assertEquals(Kind.COMMENT, tokens.get(1).get(0).kind());
        assertEquals(1, tokens.get(1).size(), "the whole line is comment, keywords included");
        assertEquals(Kind.COMMENT, tokens.get(2).get(0).kind());
        assertEquals(Kind.KEYWORD, kindOf(tokens.get(2), "return"));
        assertEquals(Kind.ANNOTATION, tokens.get(3).get(0).kind());
    }
}

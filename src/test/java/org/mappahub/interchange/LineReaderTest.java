package org.mappahub.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The capped line reader: the cap is exact, a long line is skipped whole, and reading carries on after it. */
class LineReaderTest {

    @Test
    void aLineAtTheCapIsReadAndOneByteMoreIsRefusedWithoutLosingTheNextLine() throws IOException {
        String atCap = "a".repeat(100);
        String over = "b".repeat(101);
        String text = atCap + "\n" + over + "\r\nnext\n\nlast";
        LineReader reader = new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 100);

        assertThat(reader.next()).isEqualTo(new LineReader.Line(1, atCap, null));
        assertThat(reader.next().problem()).contains("longer than 1 MiB");
        assertThat(reader.next()).isEqualTo(new LineReader.Line(3, "next", null));
        assertThat(reader.next()).isEqualTo(new LineReader.Line(4, "", null));
        assertThat(reader.next()).isEqualTo(new LineReader.Line(5, "last", null));
        assertThat(reader.next()).isNull();
    }

    @Test
    void aByteOrderMarkOnTheFirstLineIsIgnored() throws IOException {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
        assertThat(new LineReader(new ByteArrayInputStream(bytes), 100).next().text()).isEqualTo("{}");
    }
}

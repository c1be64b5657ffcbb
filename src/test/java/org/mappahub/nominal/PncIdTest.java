package org.mappahub.nominal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** MCIF/1 person.pncId: the check letter, worked out by hand for these examples. */
class PncIdTest {

    @Test
    void acceptsIdsWhoseCheckLetterIsRight() {
        // 990123456 mod 23 = 21 -> X (the spec's example); 050000001 mod 23 = 2 -> B; 127654321 mod 23 = 19 -> W
        assertThat(PncId.problem("1999/0123456X")).isNull();
        assertThat(PncId.problem("2005/0000001B")).isNull();
        assertThat(PncId.problem("2012/7654321W")).isNull();
        assertThat(PncId.problem("1987/0000000Y")).isNull();
        assertThat(PncId.problem("2020/1234567Z")).isNull();
    }

    @Test
    void refusesAWrongCheckLetterNamingTheRightOne() {
        assertThat(PncId.problem("1999/0123456A")).contains("check letter X");
    }

    @Test
    void refusesOtherForms() {
        assertThat(PncId.problem("99/0123456X")).contains("YYYY/NNNNNNNC");
        assertThat(PncId.problem("1999/123456X")).contains("YYYY/NNNNNNNC");
        assertThat(PncId.problem("1999/0123456x")).contains("YYYY/NNNNNNNC");
        assertThat(PncId.problem("1999-0123456X")).contains("YYYY/NNNNNNNC");
    }
}

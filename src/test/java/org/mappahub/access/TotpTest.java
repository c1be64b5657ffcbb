package org.mappahub.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    // RFC 6238 Appendix B: the seeds are ASCII "1234567890" repeated to the hash's key length.
    static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SHA512_SEED = ("1234567890".repeat(6) + "1234").getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "T={0} {2}")
    @CsvSource({
            "59,          0000000000000001, SHA1,   94287082",
            "59,          0000000000000001, SHA256, 46119246",
            "59,          0000000000000001, SHA512, 90693936",
            "1111111109,  00000000023523EC, SHA1,   07081804",
            "1111111109,  00000000023523EC, SHA256, 68084774",
            "1111111109,  00000000023523EC, SHA512, 25091201",
            "1111111111,  00000000023523ED, SHA1,   14050471",
            "1111111111,  00000000023523ED, SHA256, 67062674",
            "1111111111,  00000000023523ED, SHA512, 99943326",
            "1234567890,  000000000273EF07, SHA1,   89005924",
            "1234567890,  000000000273EF07, SHA256, 91819424",
            "1234567890,  000000000273EF07, SHA512, 93441116",
            "2000000000,  0000000003F940AA, SHA1,   69279037",
            "2000000000,  0000000003F940AA, SHA256, 90698825",
            "2000000000,  0000000003F940AA, SHA512, 38618901",
            "20000000000, 0000000027BC86AA, SHA1,   65353130",
            "20000000000, 0000000027BC86AA, SHA256, 77737706",
            "20000000000, 0000000027BC86AA, SHA512, 47863826"})
    void theRfc6238TestVectors(long unixTime, String stepHex, Totp.Algorithm algorithm, String expected) {
        long step = Totp.timeStep(Instant.ofEpochSecond(unixTime));
        assertThat(step).isEqualTo(Long.parseLong(stepHex, 16));
        byte[] seed = switch (algorithm) {
            case SHA1 -> SHA1_SEED;
            case SHA256 -> SHA256_SEED;
            case SHA512 -> SHA512_SEED;
        };
        assertThat(Totp.code(seed, step, algorithm, 8)).isEqualTo(expected);
    }

    @Test
    void sixDigitCodesAreTheLowSixDigitsAndKeepLeadingZeros() {
        // RFC 6238 vector at T=1111111109 is 07081804 in 8 digits: 6 digits keeps "081804".
        assertThat(Totp.code(SHA1_SEED, Totp.timeStep(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(SHA1_SEED, Totp.timeStep(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideAndNoFurther() {
        Instant now = Instant.ofEpochSecond(1_111_111_111L);
        long step = Totp.timeStep(now);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step), now)).hasValue(step);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step + 1), now)).hasValue(step + 1);
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, Totp.code(SHA1_SEED, step + 2), now)).isEmpty();
    }

    @Test
    void theWindowFollowsStepBoundariesNotSeconds() {
        // The window is one step: a code for step s is accepted through the last second of step s + 1
        // and refused from the first second of step s + 2.
        long step = 0x23523ECL;
        Instant lastSecondOfNext = Instant.ofEpochSecond((step + 2) * Totp.STEP_SECONDS - 1);
        Instant firstSecondAfter = Instant.ofEpochSecond((step + 2) * Totp.STEP_SECONDS);
        String code = Totp.code(SHA1_SEED, step);
        assertThat(Totp.matchingStep(SHA1_SEED, code, lastSecondOfNext)).hasValue(step);
        assertThat(Totp.matchingStep(SHA1_SEED, code, firstSecondAfter)).isEmpty();
    }

    @Test
    void aWrongOrMalformedCodeIsRefused() {
        Instant now = Instant.ofEpochSecond(1_234_567_890L);
        String right = Totp.code(SHA1_SEED, Totp.timeStep(now));
        String wrong = String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000);
        assertThat(Totp.matchingStep(SHA1_SEED, wrong, now)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, "", now)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, null, now)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, right + "0", now)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_SEED, " " + right.substring(0, 3) + " " + right.substring(3), now))
                .as("spaces a user types are ignored").isPresent();
    }

    @Test
    void base32FollowsRfc4648() {
        // RFC 4648 §10 test vectors (without padding).
        String[][] vectors = {{"", ""}, {"f", "MY"}, {"fo", "MZXQ"}, {"foo", "MZXW6"}, {"foob", "MZXW6YQ"},
                {"fooba", "MZXW6YTB"}, {"foobar", "MZXW6YTBOI"}};
        for (String[] v : vectors) {
            assertThat(Base32.encode(v[0].getBytes(StandardCharsets.US_ASCII))).isEqualTo(v[1]);
            assertThat(new String(Base32.decode(v[1]), StandardCharsets.US_ASCII)).isEqualTo(v[0]);
        }
        assertThat(Base32.decode("mzxw6ytboi======")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        assertThat(Base32.decode(Base32.encode(SHA1_SEED))).isEqualTo(SHA1_SEED);
        assertThatThrownBy(() -> Base32.decode("MZ1W")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void newSecretsAre160RandomBits() {
        String secret = Totp.newSecret();
        assertThat(Base32.decode(secret)).hasSize(20);
        assertThat(Totp.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void theKeyUriNamesTheIssuerAndUser() {
        assertThat(Totp.uri("sally.signin", "JBSWY3DPEHPK3PXP"))
                .isEqualTo("otpauth://totp/MAPPA%20Hub:sally.signin?secret=JBSWY3DPEHPK3PXP&issuer=MAPPA%20Hub");
    }
}

package org.mappahub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest
@Import(MovableClock.Config.class)
class TotpFactorTest {

    @Autowired
    TotpFactor totp;
    @Autowired
    Users users;
    @Autowired
    MovableClock clock;

    String current(String secret) {
        return Totp.code(Base32.decode(secret), Totp.timeStep(clock.instant()));
    }

    @Test
    void enrolmentNeedsACurrentCodeForTheSecret() {
        users.create("tom.totp", "Tom Totp", Role.PRACTITIONER, "correct horse battery");
        String secret = Totp.newSecret();
        assertThat(totp.enrolled("tom.totp")).isFalse();
        assertThat(totp.enrol("tom.totp", secret, "000000".equals(current(secret)) ? "111111" : "000000")).isFalse();
        assertThat(totp.enrolled("tom.totp")).isFalse();
        assertThat(totp.enrol("tom.totp", secret, current(secret))).isTrue();
        assertThat(totp.secret("tom.totp")).hasValue(secret);
    }

    @Test
    void aCodeCannotBeUsedTwice() {
        users.create("rita.replay", "Rita Replay", Role.PRACTITIONER, "correct horse battery");
        String secret = Totp.newSecret();
        totp.assign("rita.replay", secret);
        String code = current(secret);
        assertThat(totp.verify("rita.replay", code)).isTrue();
        assertThat(totp.verify("rita.replay", code)).as("the same code again").isFalse();
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        assertThat(totp.verify("rita.replay", code))
                .as("still inside the window a step later, but its step was used").isFalse();
        assertThat(totp.verify("rita.replay", current(secret))).as("the next step's code").isTrue();
    }

    @Test
    void anEarlierStepIsRefusedOnceALaterOneWasAccepted() {
        users.create("eric.earlier", "Eric Earlier", Role.PRACTITIONER, "correct horse battery");
        String secret = Totp.newSecret();
        totp.assign("eric.earlier", secret);
        long step = Totp.timeStep(clock.instant());
        String previous = Totp.code(Base32.decode(secret), step - 1);
        assertThat(totp.verify("eric.earlier", current(secret))).isTrue();
        assertThat(totp.verify("eric.earlier", previous)).isFalse();
    }

    @Test
    void aWrongCodeOrAnUnenrolledUserIsRefused() {
        users.create("wanda.wrong", "Wanda Wrong", Role.PRACTITIONER, "correct horse battery");
        assertThat(totp.verify("wanda.wrong", "123456")).as("not enrolled").isFalse();
        String secret = Totp.newSecret();
        totp.assign("wanda.wrong", secret);
        String right = current(secret);
        String wrong = String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000);
        assertThat(totp.verify("wanda.wrong", wrong)).isFalse();
        assertThat(totp.verify("nobody.here", right)).isFalse();
        clock.advance(Duration.ofSeconds(2L * Totp.STEP_SECONDS));
        assertThat(totp.verify("wanda.wrong", right)).as("two steps old").isFalse();
    }
}

package org.mappahub.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import org.mappahub.access.Base32;
import org.mappahub.access.MovableClock;
import org.mappahub.access.Role;
import org.mappahub.access.Totp;
import org.mappahub.access.Users;

/** The enrolment page's QR code: it scans as the otpauth:// URI of the session's secret, and only that session gets it. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class EnrolmentQrCodeTest {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    MovableClock clock;

    @Test
    void theCodeScansAsTheTextItEncodes() throws Exception {
        String uri = Totp.uri("o'brien.ünïcode@example", Totp.newSecret());
        assertThat(scan(EnrolmentQrCode.png(uri))).isEqualTo(uri);
    }

    @Test
    void theEnrolmentPageShowsAQrCodeOfItsUriAndKeepsTheKeyAsText() throws Exception {
        users.create("quinn.qr", "Quinn QR", Role.PRACTITIONER, PASSWORD);
        MockHttpSession session = signIn("quinn.qr");

        Document page = Jsoup.parse(mvc.perform(get("/mfa/enrol").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        String secret = (String) session.getAttribute(SecondFactorController.ENROL_SECRET);
        assertThat(page.select("img#qr-code").attr("src")).isEqualTo("/mfa/enrol/qr-code.png");
        assertThat(page.select("img#qr-code").attr("alt")).contains("QR code").contains("enter the key");
        assertThat(page.select("#secret").text().replace(" ", "")).isEqualTo(secret);

        byte[] png = mvc.perform(get("/mfa/enrol/qr-code.png").session(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(scan(png)).isEqualTo(Totp.uri("quinn.qr", secret))
                .isEqualTo(page.select("#uri code").text());
    }

    @Test
    void noOtherSessionGetsTheCode() throws Exception {
        users.create("rory.rival", "Rory Rival", Role.PRACTITIONER, PASSWORD);
        MockHttpSession enrolling = signIn("rory.rival");
        mvc.perform(get("/mfa/enrol").session(enrolling)).andExpect(status().isOk());

        // The same user's second sign-in, which has not opened the enrolment page: nothing to show.
        MockHttpSession other = signIn("rory.rival");
        mvc.perform(get("/mfa/enrol/qr-code.png").session(other))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Cache-Control", "no-store"));
        // Anonymous visitors are sent to sign in.
        mvc.perform(get("/mfa/enrol/qr-code.png")).andExpect(redirectedUrl("/login"));

        // Once enrolment is complete the code is gone, even for the session that enrolled.
        String secret = (String) enrolling.getAttribute(SecondFactorController.ENROL_SECRET);
        mvc.perform(post("/mfa/enrol").session(enrolling).with(csrf())
                        .param("code", Totp.code(Base32.decode(secret), Totp.timeStep(clock.instant()))))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/mfa/enrol/qr-code.png").session(enrolling)).andExpect(status().isNotFound());
    }

    MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", username)
                        .param("password", PASSWORD))
                .andExpect(redirectedUrl("/mfa/verify")).andReturn().getRequest().getSession(false);
    }

    static String scan(byte[] png) throws IOException, com.google.zxing.ChecksumException, com.google.zxing.FormatException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
        } catch (NotFoundException unreadable) {
            throw new AssertionError("the image is not a readable QR code", unreadable);
        }
    }
}

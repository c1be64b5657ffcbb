package org.mappahub.access.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The QR code of an {@code otpauth://} URI, as a black-on-white PNG, for an authenticator app to scan.
 * Encoded by ZXing with error correction level M and the standard quiet zone of four modules; each module
 * is {@link #PIXELS_PER_MODULE} pixels square, so a typical TOTP URI gives an image of about 250 pixels.
 */
final class EnrolmentQrCode {

    static final int PIXELS_PER_MODULE = 5;
    private static final int QUIET_ZONE_MODULES = 4;
    private static final int BLACK = 0x000000;
    private static final int WHITE = 0xFFFFFF;

    private EnrolmentQrCode() {
    }

    /** The modules of the code for {@code text}, one bit per module, quiet zone included. */
    static BitMatrix matrix(String text) {
        try {
            // Width and height 0: one matrix cell per module; scaling is done when drawing.
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, QUIET_ZONE_MODULES));
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("Cannot encode " + text.length() + " characters as a QR code", tooLong);
        }
    }

    /** The code for {@code text} as PNG bytes. */
    static byte[] png(String text) {
        BitMatrix modules = matrix(text);
        int size = modules.getWidth() * PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(size, modules.getHeight() * PIXELS_PER_MODULE,
                BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, modules.get(x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE) ? BLACK : WHITE);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return out.toByteArray();
    }
}

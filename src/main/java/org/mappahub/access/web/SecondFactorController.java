package org.mappahub.access.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.mappahub.access.SecondFactor;
import org.mappahub.access.SignInLockout;
import org.mappahub.access.SignedIn;
import org.mappahub.access.Totp;
import org.mappahub.access.TotpFactor;

/**
 * The second sign-in step: a current code from the user's authenticator app ({@code /mfa/verify}), or, the
 * first time, enrolment of a new secret confirmed by a code ({@code /mfa/enrol}). Wrong codes count towards
 * the account's lockout like wrong passwords. The enrolment page shows the new secret as text and as a QR code
 * ({@code /mfa/enrol/qr-code.png}), which only the session holding that secret can fetch and no cache keeps.
 */
@Controller
@SignedIn
class SecondFactorController {

    static final String ENROL_SECRET = SecondFactorController.class.getName() + ".SECRET";
    static final String WRONG_CODE = "Enter the code your authenticator app shows now";

    private final TotpFactor totp;
    private final SignInLockout lockout;

    SecondFactorController(TotpFactor totp, SignInLockout lockout) {
        this.totp = totp;
        this.lockout = lockout;
    }

    @GetMapping(SecondFactor.VERIFY)
    String verifyForm(Principal user, Model model) {
        if (!totp.enrolled(user.getName())) {
            return "redirect:" + SecondFactor.ENROL;
        }
        model.addAttribute("error", null);
        return "access/mfa-verify";
    }

    @PostMapping(SecondFactor.VERIFY)
    String verify(@RequestParam(defaultValue = "") String code, Principal user, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        if (!totp.enrolled(user.getName())) {
            return "redirect:" + SecondFactor.ENROL;
        }
        if (totp.verify(user.getName(), code)) {
            lockout.reset(user.getName());
            return "redirect:" + SecondFactor.complete(request, response);
        }
        return refused(user, model, request, "access/mfa-verify");
    }

    @GetMapping(SecondFactor.ENROL)
    String enrolForm(Principal user, HttpSession session, Model model) {
        if (totp.enrolled(user.getName())) {
            return "redirect:" + SecondFactor.VERIFY;
        }
        return enrolPage(user, session, model, null);
    }

    /**
     * The QR code of the secret this session is enrolling: nothing for a session without one (another session,
     * or enrolment finished), so the image of a secret is never served to anyone but the person enrolling it.
     */
    @GetMapping(SecondFactor.ENROL_QR_CODE)
    ResponseEntity<byte[]> enrolQrCode(Principal user, HttpSession session) {
        String secret = (String) session.getAttribute(ENROL_SECRET);
        if (secret == null || totp.enrolled(user.getName())) {
            return ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build();
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.IMAGE_PNG)
                .body(EnrolmentQrCode.png(Totp.uri(user.getName(), secret)));
    }

    @PostMapping(SecondFactor.ENROL)
    String enrol(@RequestParam(defaultValue = "") String code, Principal user, HttpSession session, Model model,
                 HttpServletRequest request, HttpServletResponse response) {
        if (totp.enrolled(user.getName())) {
            return "redirect:" + SecondFactor.VERIFY;
        }
        String secret = (String) session.getAttribute(ENROL_SECRET);
        if (secret != null && totp.enrol(user.getName(), secret, code)) {
            session.removeAttribute(ENROL_SECRET);
            lockout.reset(user.getName());
            return "redirect:" + SecondFactor.complete(request, response);
        }
        String view = refused(user, model, request, null);
        return view != null ? view : enrolPage(user, session, model, WRONG_CODE);
    }

    private String enrolPage(Principal user, HttpSession session, Model model, String error) {
        String secret = (String) session.getAttribute(ENROL_SECRET);
        if (secret == null) {
            secret = Totp.newSecret();
            session.setAttribute(ENROL_SECRET, secret);
        }
        model.addAttribute("secret", secret.replaceAll("(.{4})(?=.)", "$1 "));
        model.addAttribute("uri", Totp.uri(user.getName(), secret));
        model.addAttribute("error", error);
        return "access/mfa-enrol";
    }

    /** A wrong code: counted; if that locks the account, the half-finished sign-in ends. */
    private String refused(Principal user, Model model, HttpServletRequest request, String view) {
        lockout.recordFailure(user.getName());
        var locked = lockout.remaining(user.getName());
        if (locked.isPresent()) {
            SecurityContextHolder.clearContext();
            request.getSession().invalidate();
            return "redirect:/login?locked=" + SignInLockout.minutesToWait(locked.get());
        }
        model.addAttribute("error", WRONG_CODE);
        return view;
    }
}

package org.mappahub.access.web;

import static org.mappahub.access.web.Forms.map;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import org.mappahub.access.Access;
import org.mappahub.access.AccessRefusedException;
import org.mappahub.access.Agencies;
import org.mappahub.access.AgencyKind;
import org.mappahub.access.CaseAccess;
import org.mappahub.access.CaseReader;
import org.mappahub.access.ShareBasis;

/**
 * Who may see a record beyond its area's Responsible Authority staff: the agencies it is shared with, whether it
 * is restricted to named users, and who may see its victims' details. For the owning area's co-ordinator or chair
 * ({@link Access#mayShare()}); {@link CaseAccess} checks that again on every change, and audits each one. A change
 * it refuses ({@link IllegalArgumentException}) comes back as an inline error, with nothing changed.
 */
@Controller
class CaseSharingPages {

    private final CaseAccess access;
    private final Agencies agencies;

    CaseSharingPages(CaseAccess access, Agencies agencies) {
        this.access = access;
        this.agencies = agencies;
    }

    /** The page shows who may see a case: it is marked like the record itself. */
    @ModelAttribute("protectiveMarking")
    boolean protectiveMarking() {
        return true;
    }

    @CaseReader
    @GetMapping("/nominals/{ref}/access")
    ModelAndView show(@PathVariable String ref) {
        Access decision = sharer(ref);
        return page(ref, decision, Map.of(), Map.of());
    }

    @CaseReader
    @PostMapping("/nominals/{ref}/access")
    ModelAndView change(@PathVariable String ref, @RequestParam(defaultValue = "") String action,
                        @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Access decision = sharer(ref);
        String banner;
        String field = "shareAgency";
        try {
            switch (action) {
                case "share" -> {
                    field = "shareAgency";
                    long agencyId = number(form.get("shareAgency"));
                    ShareBasis basis = basis(form.get("shareBasis"));
                    if (agencyId < 0) {
                        throw new IllegalArgumentException("Select an agency");
                    }
                    if (basis == null) {
                        field = "shareBasis";
                        throw new IllegalArgumentException("Select how the agency was brought into the case");
                    }
                    field = blank(form.get("shareReason")) ? "shareReason" : "shareAgency";
                    access.share(ref, agencyId, basis, form.get("shareReason"));
                    banner = "The case is now shared with " + agencies.find(agencyId).map(Agencies.Agency::name).orElse("the agency");
                }
                case "stop" -> {
                    field = "shares";
                    long shareId = number(form.get("share"));
                    String agency = access.shares(ref).stream().filter(s -> s.id() == shareId)
                            .map(CaseAccess.Share::agencyName).findFirst().orElse("the agency");
                    access.revokeShare(ref, shareId);
                    banner = "The case is no longer shared with " + agency;
                }
                case "restrict" -> {
                    String restricted = form.getOrDefault("restricted", "");
                    field = "restricted";
                    if (!restricted.equals("true") && !restricted.equals("false")) {
                        throw new IllegalArgumentException("Select whether the record is restricted to named users");
                    }
                    List<String> named = usernames(form.get("restrictUsers"));
                    field = blank(form.get("restrictReason")) ? "restrictReason" : "restrictUsers";
                    access.restrict(ref, Boolean.parseBoolean(restricted), named, form.get("restrictReason"));
                    banner = Boolean.parseBoolean(restricted)
                            ? "The record is restricted to: " + String.join(", ", access.namedUsers(ref))
                            : "The restriction has been lifted: the area's staff see the record again";
                }
                case "victims" -> {
                    String user = form.getOrDefault("victimUser", "").strip().toLowerCase();
                    field = "victimUser";
                    if (user.isEmpty()) {
                        throw new IllegalArgumentException("Enter the username of the user who needs the victims' details");
                    }
                    if (blank(form.get("victimReason"))) {
                        field = "victimReason";
                        throw new IllegalArgumentException("Enter why this user needs the victims' details");
                    }
                    access.grantVictimAccess(ref, user, form.get("victimReason").strip());
                    banner = user + " can now see the victims' details of this case";
                }
                default -> throw new IllegalArgumentException("Choose what to change");
            }
        } catch (IllegalArgumentException e) {
            ModelAndView page = page(ref, decision, Map.of(field, e.getMessage()), form);
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        redirect.addFlashAttribute("banner", banner);
        return new ModelAndView("redirect:/nominals/" + UriUtils.encodePathSegment(ref, StandardCharsets.UTF_8) + "/access");
    }

    /** The decision on the record, when the signed-in user runs the case; otherwise the refusal, as a page. */
    private Access sharer(String ref) {
        Access decision = access.require(ref);
        if (!decision.mayShare()) {
            throw new AccessRefusedException(new Access(Access.Outcome.ROLE_FORBIDDEN, Set.of(), false, false, false,
                    null, null, null), "Only the owning area's co-ordinator or chair shares or restricts a record.");
        }
        return decision;
    }

    private ModelAndView page(String ref, Access decision, Map<String, String> problems, Map<String, String> values) {
        Map<String, String> areaNames = agencies.areas().stream()
                .collect(Collectors.toMap(Agencies.AreaName::code, Agencies.AreaName::name));
        String area = decision.area();
        List<CaseAccess.Share> shares = access.shares(ref);
        List<String> named = access.namedUsers(ref);
        boolean restricted = access.restricted(ref);

        Map<String, String> agencyOptions = new LinkedHashMap<>();
        agencies.all().stream()
                .filter(a -> a.kind() != AgencyKind.RESPONSIBLE_AUTHORITY)
                .sorted(Comparator.comparing((Agencies.Agency a) -> !a.area().equals(area))
                        .thenComparing(a -> areaNames.getOrDefault(a.area(), a.area()))
                        .thenComparing(Agencies.Agency::name))
                .forEach(a -> agencyOptions.put(String.valueOf(a.id()), a.name() + " (" + a.type().title() + ", "
                        + areaNames.getOrDefault(a.area(), a.area()) + ")"));
        List<Map<String, Object>> bases = Arrays.stream(ShareBasis.values())
                .map(b -> map("value", b.name(), "text", b.title())).toList();

        ModelAndView page = new ModelAndView("access/sharing");
        page.addObject("ref", ref);
        page.addObject("areaName", areaNames.getOrDefault(area, area));
        page.addObject("shares", shares.stream().map(s -> map("id", s.id(), "agency", s.agencyName(),
                "type", s.agencyType().title(), "basis", s.basis().title(), "reason", s.reason(), "by", s.sharedBy(),
                "when", Forms.when(s.sharedAt()), "ends", s.endsAt() == null ? null : Forms.when(s.endsAt()))).toList());
        page.addObject("restricted", restricted);
        page.addObject("named", named);
        page.addObject("victimUsers", access.victimAccessUsers(ref));
        page.addObject("errors", problems.isEmpty() ? null : Forms.summary(problems));
        page.addObject("sharesError", problems.get("shares"));
        page.addObject("shareAgency", map("id", "shareAgency", "name", "shareAgency", "value", values.getOrDefault("shareAgency", ""),
                "label", map("text", "Agency", "classes", "govuk-label--s"),
                "hint", map("text", "Duty-to-co-operate and voluntary agencies; those of " + areaNames.getOrDefault(area, area) + " first."),
                "items", Forms.options("Choose an agency", agencyOptions), "errorMessage", Forms.error(problems, "shareAgency")));
        page.addObject("shareBasis", map("idPrefix", "shareBasis", "name", "shareBasis",
                "value", values.getOrDefault("shareBasis", ShareBasis.EXPLICIT.name()),
                "fieldset", map("legend", map("text", "How was the agency brought in?", "classes", "govuk-fieldset__legend--s")),
                "items", bases, "errorMessage", Forms.error(problems, "shareBasis")));
        page.addObject("shareReason", map("id", "shareReason", "name", "shareReason", "value", values.getOrDefault("shareReason", ""),
                "rows", 3, "label", map("text", "Why does the agency need to see this case?", "classes", "govuk-label--s"),
                "hint", map("text", "Its staff will see the identity summary, category and level, the risk management "
                        + "plan, their own agency's actions and the minutes of meetings they are invited to."),
                "errorMessage", Forms.error(problems, "shareReason")));
        page.addObject("restrictedField", map("idPrefix", "restricted", "name", "restricted",
                "value", values.getOrDefault("restricted", String.valueOf(restricted)),
                "fieldset", map("legend", map("text", "Restrict this record to named users?", "classes", "govuk-fieldset__legend--s")),
                "hint", map("text", "For high-profile people, staff as offenders and protected persons. Nobody else "
                        + "can find the record, not even in search. You are always named."),
                "items", List.of(map("value", "true", "text", "Yes, named users only"),
                        map("value", "false", "text", "No, the area's staff as usual")),
                "errorMessage", Forms.error(problems, "restricted")));
        page.addObject("restrictUsers", map("id", "restrictUsers", "name", "restrictUsers",
                "value", values.getOrDefault("restrictUsers", String.join("\n", named)), "rows", 4, "spellcheck", false,
                "label", map("text", "Usernames of the users who may see it", "classes", "govuk-label--s"),
                "hint", map("text", "One per line, or separated by commas"),
                "errorMessage", Forms.error(problems, "restrictUsers")));
        page.addObject("restrictReason", map("id", "restrictReason", "name", "restrictReason",
                "value", values.getOrDefault("restrictReason", ""), "rows", 3,
                "label", map("text", "Why?", "classes", "govuk-label--s"),
                "errorMessage", Forms.error(problems, "restrictReason")));
        page.addObject("victimUser", map("id", "victimUser", "name", "victimUser", "value", values.getOrDefault("victimUser", ""),
                "classes", "govuk-input--width-20", "spellcheck", false, "autocomplete", "off",
                "label", map("text", "Username", "classes", "govuk-label--s"),
                "hint", map("text", "Victim liaison officers see victims' details without being named here."),
                "errorMessage", Forms.error(problems, "victimUser")));
        page.addObject("victimReason", map("id", "victimReason", "name", "victimReason",
                "value", values.getOrDefault("victimReason", ""), "rows", 3,
                "label", map("text", "Why do they need the victims' details?", "classes", "govuk-label--s"),
                "errorMessage", Forms.error(problems, "victimReason")));
        return page;
    }

    /** Usernames separated by commas, new lines or spaces. */
    static List<String> usernames(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .map(String::toLowerCase).distinct().toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static long number(String text) {
        try {
            return text == null || text.isBlank() ? -1 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static ShareBasis basis(String text) {
        try {
            return text == null || text.isBlank() ? null : ShareBasis.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

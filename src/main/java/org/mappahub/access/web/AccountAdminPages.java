package org.mappahub.access.web;

import static org.mappahub.access.web.Forms.map;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import org.mappahub.access.Administration;
import org.mappahub.access.Administrator;
import org.mappahub.access.Agencies;
import org.mappahub.access.Role;
import org.mappahub.access.Users;

/**
 * The system administrator's user accounts: the list, adding one, changing one (with the version it was loaded
 * at: a stale change is refused), unlocking it after failed sign-ins and resetting its second factor. No case data.
 */
@Controller
@RequestMapping("/admin/users")
class AccountAdminPages {

    private final Users users;
    private final Agencies agencies;
    private final Administration administration;

    AccountAdminPages(Users users, Agencies agencies, Administration administration) {
        this.users = users;
        this.agencies = agencies;
        this.administration = administration;
    }

    @Administrator
    @GetMapping
    ModelAndView list() {
        Map<String, String> areaNames = areaNames();
        List<List<Map<String, Object>>> rows = users.list().stream()
                .map(u -> List.of(
                        map("html", "<a class=\"govuk-link\" href=\"" + href(u.username()) + "\">"
                                + org.springframework.web.util.HtmlUtils.htmlEscape(u.username()) + "</a>"),
                        map("text", u.displayName()), map("text", u.role().title()),
                        map("text", u.agencyName() == null ? "Not placed" : u.agencyName()),
                        map("text", u.area() == null ? "" : areaNames.getOrDefault(u.area(), u.area())),
                        map("text", u.enabled() ? "Yes" : "No"), map("text", u.locked() ? "Locked" : "No")))
                .toList();
        ModelAndView page = new ModelAndView("admin/users");
        page.addObject("rows", rows);
        return page;
    }

    @Administrator
    @GetMapping("/new")
    ModelAndView newForm() {
        return form(null, Map.of(), Map.of());
    }

    @Administrator
    @PostMapping("/new")
    ModelAndView add(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
                     @RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "") String agency,
                     @RequestParam(defaultValue = "") String password, RedirectAttributes redirect) {
        try {
            administration.addAccount(username.strip(), displayName, role(role), agency(agency), password);
        } catch (Administration.Refused e) {
            // The password is never shown again, not even back in its own field.
            ModelAndView page = form(null, e.problems(),
                    Map.of("username", username, "displayName", displayName, "role", role, "agency", agency));
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        redirect.addFlashAttribute("banner", "The account " + username.strip() + " has been added. "
                + "The user sets up their authenticator app when they first sign in.");
        return new ModelAndView("redirect:/admin/users");
    }

    @Administrator
    @GetMapping("/{username}")
    ModelAndView show(@PathVariable String username) {
        Users.AccountDetails account = account(username);
        return form(account, Map.of(), values(account));
    }

    @Administrator
    @PostMapping("/{username}")
    ModelAndView change(@PathVariable String username, @RequestParam(defaultValue = "-1") int version,
                        @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String role,
                        @RequestParam(defaultValue = "") String agency, @RequestParam(defaultValue = "") String enabled,
                        Principal principal, RedirectAttributes redirect) {
        Users.AccountDetails before = account(username);
        try {
            administration.changeAccount(username, version, displayName, role(role), agency(agency),
                    "true".equals(enabled), principal.getName());
        } catch (Administration.StaleAccount e) {
            // Show the account as it is now (and its new version): the administrator makes their change again.
            Users.AccountDetails now = account(username);
            ModelAndView page = form(now, e.problems(), values(now));
            page.addObject("attempted", List.of(
                    "Name: " + displayName, "Role: " + (role(role) == null ? "" : role(role).title()),
                    "Agency: " + agencyName(agency(agency)), "Can sign in: " + ("true".equals(enabled) ? "Yes" : "No")));
            page.setStatus(HttpStatus.CONFLICT);
            return page;
        } catch (Administration.Refused e) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("displayName", displayName);
            values.put("role", role);
            values.put("agency", agency);
            values.put("enabled", enabled);
            values.put("version", String.valueOf(before.version()));
            ModelAndView page = form(before, e.problems(), values);
            page.addObject("version", version);
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        redirect.addFlashAttribute("banner", "The account " + username + " has been changed.");
        return new ModelAndView("redirect:" + href(username));
    }

    @Administrator
    @PostMapping("/{username}/unlock")
    ModelAndView unlock(@PathVariable String username, RedirectAttributes redirect) {
        account(username);
        administration.unlock(username);
        redirect.addFlashAttribute("banner", "The account " + username + " has been unlocked: the user can sign in again.");
        return new ModelAndView("redirect:" + href(username));
    }

    @Administrator
    @PostMapping("/{username}/reset-second-factor")
    ModelAndView resetSecondFactor(@PathVariable String username, RedirectAttributes redirect) {
        account(username);
        administration.resetSecondFactor(username);
        redirect.addFlashAttribute("banner", "The second factor of " + username + " has been reset: the user sets up "
                + "their authenticator app again when they next sign in.");
        return new ModelAndView("redirect:" + href(username));
    }

    private Users.AccountDetails account(String username) {
        return users.details(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Map<String, String> values(Users.AccountDetails account) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("displayName", account.displayName());
        values.put("role", account.role().name());
        values.put("agency", account.agencyId() == null ? "" : String.valueOf(account.agencyId()));
        values.put("enabled", String.valueOf(account.enabled()));
        return values;
    }

    /** The add form (account null) or the change form, with the values to show and any problems. */
    private ModelAndView form(Users.AccountDetails account, Map<String, String> problems, Map<String, String> values) {
        Map<String, String> areaNames = areaNames();
        Map<String, String> roles = new LinkedHashMap<>();
        for (Role r : Role.values()) {
            roles.put(r.name(), r.title());
        }
        Map<String, String> agencyOptions = new LinkedHashMap<>();
        agencies.all().stream()
                .sorted(java.util.Comparator.comparing((Agencies.Agency a) -> areaNames.getOrDefault(a.area(), a.area()))
                        .thenComparing(Agencies.Agency::name))
                .forEach(a -> agencyOptions.put(String.valueOf(a.id()),
                        areaNames.getOrDefault(a.area(), a.area()) + ": " + a.name() + " (" + a.type().title() + ", "
                                + a.kind().title().toLowerCase() + ")"));
        ModelAndView page = new ModelAndView(account == null ? "admin/user-new" : "admin/user");
        page.addObject("account", account);
        page.addObject("areaName", account == null || account.area() == null ? null
                : areaNames.getOrDefault(account.area(), account.area()));
        page.addObject("version", account == null ? null : account.version());
        page.addObject("errors", problems.isEmpty() ? null : Forms.summary(problems));
        page.addObject("stale", problems.get("version"));
        page.addObject("usernameField", map("id", "username", "name", "username", "value", values.getOrDefault("username", ""),
                "label", map("text", "Username"), "classes", "govuk-input--width-20", "spellcheck", false,
                "autocomplete", "off", "hint", map("text", "2 to 64 characters: lower-case letters, digits, full stops, "
                        + "hyphens and underscores. For example, jane.smith"),
                "errorMessage", Forms.error(problems, "username")));
        page.addObject("displayNameField", map("id", "displayName", "name", "displayName",
                "value", values.getOrDefault("displayName", ""), "label", map("text", "Full name"), "spellcheck", false,
                "autocomplete", "off", "errorMessage", Forms.error(problems, "displayName")));
        page.addObject("roleField", map("id", "role", "name", "role", "value", values.getOrDefault("role", ""),
                "label", map("text", "Role"), "hint", map("text", "Case roles belong to police, probation or prison; "
                        + "a DTC representative to any other agency."),
                "items", Forms.options("Choose a role", roles), "errorMessage", Forms.error(problems, "role")));
        page.addObject("agencyField", map("id", "agency", "name", "agency", "value", values.getOrDefault("agency", ""),
                "label", map("text", "Agency"), "items", Forms.options("Choose an agency", agencyOptions),
                "errorMessage", Forms.error(problems, "agency")));
        page.addObject("passwordField", map("id", "password", "name", "password", "type", "password",
                "label", map("text", "Initial password"), "autocomplete", "new-password", "spellcheck", false,
                "hint", map("text", "At least " + Administration.SHORTEST_PASSWORD + " characters. Give it to the user "
                        + "by a different route from their username."),
                "errorMessage", Forms.error(problems, "password")));
        page.addObject("enabledField", map("idPrefix", "enabled", "name", "enabled",
                "value", values.getOrDefault("enabled", "true"),
                "fieldset", map("legend", map("text", "Can this user sign in?", "classes", "govuk-fieldset__legend--s")),
                "classes", "govuk-radios--inline",
                "items", List.of(map("value", "true", "text", "Yes"), map("value", "false", "text", "No, disable the account")),
                "errorMessage", Forms.error(problems, "enabled")));
        return page;
    }

    private Role role(String role) {
        try {
            return role.isEmpty() ? null : Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Long agency(String agency) {
        try {
            return agency.isEmpty() ? null : Long.valueOf(agency);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String agencyName(Long id) {
        return id == null ? "" : agencies.find(id).map(Agencies.Agency::name).orElse("");
    }

    private Map<String, String> areaNames() {
        return agencies.areas().stream().collect(Collectors.toMap(Agencies.AreaName::code, Agencies.AreaName::name));
    }

    static String href(String username) {
        return "/admin/users/" + UriUtils.encodePathSegment(username, StandardCharsets.UTF_8);
    }
}

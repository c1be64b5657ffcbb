package org.mappahub.nominal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.mappahub.access.Actor;
import org.mappahub.access.CaseEditor;
import org.mappahub.access.CaseReader;
import org.mappahub.nominal.Area;
import org.mappahub.access.AccessPolicy;
import org.mappahub.access.AccessRefusedException;
import org.mappahub.access.CaseAccess;
import org.mappahub.access.RecordPart;
import org.mappahub.access.Viewer;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.CaseDeadlines;
import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.CaseSummaries;
import org.mappahub.nominal.InvalidNominalException;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalNotFoundException;
import org.mappahub.nominal.Nominals;
import org.mappahub.nominal.StaleNominalException;
import org.mappahub.nominal.StoredNominal;

/**
 * The nominal record pages: the record itself, and the forms that create a nominal and edit their
 * identity. Bad input comes back with the GOV.UK error summary and changes nothing; an edit made
 * against a version someone else has since changed is refused and shown next to the stored values.
 */
@Controller
@RequestMapping("/nominals")
class NominalPages {

    static final String STALE_MESSAGE = "Someone else changed this record while you were editing it";

    private final Nominals nominals;
    private final Areas areas;
    private final NominalChanges changes;
    private final Clock clock;
    private final CaseRecords records;
    private final CaseAccess access;
    private final List<CaseDeadlines> deadlines;
    private final List<CaseSummaries> summaries;

    NominalPages(Nominals nominals, Areas areas, NominalChanges changes, Clock clock, CaseRecords records,
                 CaseAccess access, List<CaseDeadlines> deadlines, List<CaseSummaries> summaries) {
        this.deadlines = deadlines;
        this.summaries = summaries;
        this.records = records;
        this.access = access;
        this.nominals = nominals;
        this.areas = areas;
        this.changes = changes;
        this.clock = clock;
    }

    /** Every page here shows case data. */
    @ModelAttribute("protectiveMarking")
    boolean protectiveMarking() {
        return true;
    }

    @CaseReader
    @GetMapping("/{ref}")
    String show(@PathVariable String ref, Model model) {
        CaseRecords.Viewed viewed = records.view(ref);
        Map<String, String> areaNames = areas.all().stream().collect(Collectors.toMap(Area::code, Area::name));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("page", NominalPage.of(viewed.stored(), areaNames, today));
        model.addAttribute("access", viewed.access());
        boolean fullHistory = viewed.sees(RecordPart.FULL_HISTORY);
        model.addAttribute("fullHistory", fullHistory);
        // The other modules' records: what falls due, and the current picture; none of it for a shared agency.
        model.addAttribute("outlook", fullHistory ? Outlook.of(viewed, today, deadlines, summaries) : Outlook.NONE);
        model.addAttribute("untilText", viewed.access().until() == null ? null : Text.dateTime(viewed.access().until()));
        return "nominal/record";
    }

    @CaseEditor
    @GetMapping("/new")
    String newForm(Model model) {
        return createForm(new NominalForm(), new FormErrors(), model);
    }

    @CaseEditor
    @PostMapping("/new")
    String create(@ModelAttribute("form") NominalForm form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        DateOfBirthInput dob = DateOfBirthInput.read(form.getDobDay(), form.getDobMonth(), form.getDobYear());
        try {
            // With a bad date of birth the record rules see none, so they refuse the change too (nothing is
            // stored) and report every other field; the date's own message replaces theirs.
            Viewer viewer = access.viewer().orElseThrow();
            if (form.getArea() != null && !form.getArea().isBlank() && !AccessPolicy.mayCreateIn(viewer, form.getArea())) {
                errors.add("area", "You can only create records in your own area"
                        + (viewer.area() == null ? "" : " (" + areas.find(viewer.area()).map(Area::name).orElse(viewer.area()) + ")"));
                return createForm(form, errors, model);
            }
            String ref = changes.create(blank(form.getArea()), form.identity(dob.date()), Actor.currentUser());
            redirect.addFlashAttribute("success", "Nominal " + ref + " created");
            redirect.addAttribute("ref", ref);
            return "redirect:/nominals/{ref}";
        } catch (InvalidNominalException e) {
            if (dob.isBad()) {
                errors.add("dateOfBirth", dob.problem());
                errors.dateParts(dob.badParts());
            }
            errors.addAll(e.problems());
            return createForm(form, errors, model);
        }
    }

    @CaseEditor
    @GetMapping("/{ref}/edit")
    String editForm(@PathVariable String ref, Model model) {
        StoredNominal stored = find(ref);
        return editForm(stored, NominalForm.of(stored), new FormErrors(), model);
    }

    @CaseEditor
    @PostMapping("/{ref}/edit")
    String edit(@PathVariable String ref, @ModelAttribute("form") NominalForm form, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        StoredNominal stored = find(ref);
        FormErrors errors = new FormErrors();
        DateOfBirthInput dob = DateOfBirthInput.read(form.getDobDay(), form.getDobMonth(), form.getDobYear());
        int expected = form.getVersion() == null ? -1 : form.getVersion();
        try {
            changes.updateIdentity(ref, expected, form.identity(dob.date()), Actor.currentUser());
            redirect.addFlashAttribute("success", "Identity saved");
            redirect.addAttribute("ref", ref);
            return "redirect:/nominals/{ref}";
        } catch (InvalidNominalException e) {
            if (dob.isBad()) {
                errors.add("dateOfBirth", dob.problem());
                errors.dateParts(dob.badParts());
            }
            errors.addAll(e.problems());
            return editForm(stored, form, errors, model);
        } catch (StaleNominalException e) {
            // Never applied over someone else's change: the form now holds the stored values (and the
            // stored version), with the user's own values shown next to them to reapply.
            StoredNominal current = find(ref);
            NominalForm now = NominalForm.of(current);
            model.addAttribute("conflicts", conflicts(form, now));
            errors.add("stale", STALE_MESSAGE);
            response.setStatus(HttpStatus.CONFLICT.value());
            return editForm(current, now, errors, model);
        } catch (NominalNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private String createForm(NominalForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("areas", areas.all());
        model.addAttribute("creating", true);
        model.addAttribute("fields", IdentityFields.of(form, errors, areas.all(), null));
        return "nominal/form";
    }

    private String editForm(StoredNominal stored, NominalForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("stored", stored);
        model.addAttribute("bcus", areas.find(stored.record().area()).map(Area::bcus).orElse(List.of()));
        model.addAttribute("creating", false);
        model.addAttribute("fields", IdentityFields.of(form, errors, null,
                areas.find(stored.record().area()).map(Area::bcus).orElse(List.of())));
        return "nominal/form";
    }

    /** The record, for a user who may change it; anyone else is refused (and the refusal audited). */
    private StoredNominal find(String ref) {
        CaseRecords.Viewed viewed = records.read(ref);
        if (!viewed.access().mayEdit()) {
            throw new AccessRefusedException(viewed.access(), "Only the owning area's practitioners and co-ordinators change a record.");
        }
        return viewed.stored();
    }

    /** The fields where what the user typed differs from what is stored now: label, theirs, stored. */
    static List<String[]> conflicts(NominalForm yours, NominalForm stored) {
        List<String[]> rows = new ArrayList<>();
        compare(rows, "Family name", yours, stored, NominalForm::getFamilyName);
        compare(rows, "Given names", yours, stored, NominalForm::getGivenNames);
        compare(rows, "Date of birth", yours, stored,
                f -> String.join("/", text(f.getDobDay()), text(f.getDobMonth()), text(f.getDobYear())));
        compare(rows, "Gender", yours, stored, NominalForm::getGender);
        compare(rows, "Ethnicity", yours, stored, NominalForm::getEthnicity);
        compare(rows, "PNC ID", yours, stored, NominalForm::getPncId);
        compare(rows, "CRN", yours, stored, NominalForm::getCrn);
        compare(rows, "Prison number", yours, stored, NominalForm::getPrisonNumber);
        compare(rows, "BCU", yours, stored, NominalForm::getBcu);
        return rows;
    }

    private static void compare(List<String[]> rows, String label, NominalForm yours, NominalForm stored,
                                Function<NominalForm, String> field) {
        String a = text(field.apply(yours));
        String b = text(field.apply(stored));
        if (!normalise(a).equals(normalise(b))) {
            rows.add(new String[]{label, a, b});
        }
    }

    private static String normalise(String s) {
        return s.trim().replaceAll("\\s+", " ").replaceAll("(^|/)0+(\\d)", "$1$2");
    }

    private static String text(String s) {
        return Objects.requireNonNullElse(s, "").trim();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

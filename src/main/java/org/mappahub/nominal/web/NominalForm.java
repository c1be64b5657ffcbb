package org.mappahub.nominal.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.mappahub.nominal.NominalChanges.Identity;
import org.mappahub.nominal.NominalRecord.Gender;
import org.mappahub.nominal.NominalRecord.Person;
import org.mappahub.nominal.StoredNominal;

/**
 * What the create and edit pages post: the identity exactly as typed (the date of birth as its three
 * parts, so that a bad part can be shown back as it was typed), the area on create, and on edit the
 * version of the record the user started from.
 */
public class NominalForm {

    private String area;
    private String familyName;
    private String givenNames;
    private String dobDay;
    private String dobMonth;
    private String dobYear;
    private String gender;
    private String ethnicity;
    private String pncId;
    private String crn;
    private String prisonNumber;
    private String bcu;
    private Integer version;

    /** The form filled with a stored record's values. */
    static NominalForm of(StoredNominal stored) {
        Person p = stored.record().person();
        NominalForm f = new NominalForm();
        f.area = stored.record().area();
        f.familyName = p.familyName();
        f.givenNames = String.join(" ", p.givenNames());
        if (p.dateOfBirth() != null) {
            f.dobDay = Integer.toString(p.dateOfBirth().getDayOfMonth());
            f.dobMonth = Integer.toString(p.dateOfBirth().getMonthValue());
            f.dobYear = Integer.toString(p.dateOfBirth().getYear());
        }
        f.gender = p.gender() == null ? null : p.gender().name();
        f.ethnicity = p.ethnicity();
        f.pncId = p.pncId();
        f.crn = p.crn();
        f.prisonNumber = p.prisonNumber();
        f.bcu = stored.record().bcu();
        f.version = stored.version();
        return f;
    }

    /** The identity to hand to {@code NominalChanges}, with the date of birth already checked and parsed. */
    Identity identity(LocalDate dateOfBirth) {
        List<String> given = givenNames == null || givenNames.isBlank() ? List.of()
                : Arrays.asList(givenNames.trim().split("\\s+"));
        return new Identity(familyName, given, dateOfBirth, genderValue(), ethnicity, pncId, crn, prisonNumber, bcu);
    }

    private Gender genderValue() {
        if (gender == null || gender.isBlank()) {
            return null;
        }
        try {
            return Gender.valueOf(gender);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public void setGivenNames(String givenNames) {
        this.givenNames = givenNames;
    }

    public String getDobDay() {
        return dobDay;
    }

    public void setDobDay(String dobDay) {
        this.dobDay = dobDay;
    }

    public String getDobMonth() {
        return dobMonth;
    }

    public void setDobMonth(String dobMonth) {
        this.dobMonth = dobMonth;
    }

    public String getDobYear() {
        return dobYear;
    }

    public void setDobYear(String dobYear) {
        this.dobYear = dobYear;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    public String getPncId() {
        return pncId;
    }

    public void setPncId(String pncId) {
        this.pncId = pncId;
    }

    public String getCrn() {
        return crn;
    }

    public void setCrn(String crn) {
        this.crn = crn;
    }

    public String getPrisonNumber() {
        return prisonNumber;
    }

    public void setPrisonNumber(String prisonNumber) {
        this.prisonNumber = prisonNumber;
    }

    public String getBcu() {
        return bcu;
    }

    public void setBcu(String bcu) {
        this.bcu = bcu;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}

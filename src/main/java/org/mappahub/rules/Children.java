package org.mappahub.rules;

/** Who is a child in the law the records apply. */
public final class Children {

    /**
     * Children Act 1989 s.105(1): "child" means a person under the age of eighteen. A licence condition about
     * children names an age below this (1 to 17).
     */
    public static final int ADULTHOOD = 18;

    private Children() {
    }

    /** Whether a condition may name {@code age} as the age of the children it protects (1 to 17). */
    public static boolean isChildAge(int age) {
        return age >= 1 && age < ADULTHOOD;
    }
}

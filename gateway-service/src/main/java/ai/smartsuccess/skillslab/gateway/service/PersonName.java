package ai.smartsuccess.skillslab.gateway.service;

import ai.smartsuccess.skillslab.platform.security.Caller;

/** A person's first and last name, kept apart: either may have several words ("Mary Ann" / "Smith"). */
public record PersonName(String first, String last) {

    public PersonName {
        first = first == null ? "" : first.strip();
        last = last == null ? "" : last.strip();
    }

    /**
     * The names the identity provider keeps for the caller. Only a token without {@code given_name} and
     * {@code family_name} falls back to splitting the display name at its first space, which cannot tell a two-word
     * first name from a two-word last name.
     */
    public static PersonName of(Caller caller) {
        if (caller.givenName() != null || caller.familyName() != null) {
            return new PersonName(caller.givenName(), caller.familyName());
        }
        String name = caller.name() == null ? "" : caller.name().strip();
        int space = name.indexOf(' ');
        return space < 0 ? new PersonName(name, "") : new PersonName(name.substring(0, space), name.substring(space));
    }

    /** How the name is shown: first and last name with one space between. */
    public String display() {
        return (first + " " + last).strip();
    }
}

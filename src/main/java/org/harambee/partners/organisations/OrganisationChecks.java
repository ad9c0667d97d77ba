package org.harambee.partners.organisations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitView;
import org.harambee.partners.OrganisationKind;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * What an organisation must be: a name not taken (ignoring case and repeated spaces), a kind, a country that exists
 * and a level it has, and contact details of the right form. All problems are reported at once, by field.
 */
@Component
class OrganisationChecks {

    private static final Inputs INPUTS = Inputs.keyed("partners");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,39}");
    private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s/$.?#][^\\s]*", Pattern.CASE_INSENSITIVE);

    private final OrganisationRecords organisations;
    private final Geography geography;

    OrganisationChecks(OrganisationRecords organisations, Geography geography) {
        this.organisations = organisations;
        this.geography = geography;
    }

    /** The checked details of {@code input}, for the organisation {@code id} (null for a new one). */
    OrganisationRecords.Details details(OrganisationRegistering.OrganisationInput input, UUID id) {
        List<FieldProblem> problems = new ArrayList<>();
        OrganisationRecords.Details details = checked(input, problems);
        if (problems.stream().noneMatch(p -> p.field().equals("name")) && organisations.nameTaken(details.name(), id)) {
            problems.add(0, new FieldProblem("name", "partners.organisation.nameTaken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return details;
    }

    /**
     * The details of {@code input} checked but for whether another organisation has the name, which an import knows by
     * the name itself; every problem is added to {@code problems}.
     */
    OrganisationRecords.Details checked(OrganisationRegistering.OrganisationInput input, List<FieldProblem> problems) {
        String name = Inputs.trimmed(input.name());
        if (name == null) {
            problems.add(new FieldProblem("name", "partners.name.required"));
        } else if (name.length() > 200) {
            problems.add(new FieldProblem("name", "partners.tooLong", 200));
        }
        String shortName = INPUTS.text("shortName", input.shortName(), 40, false, problems);
        OrganisationKind kind = Inputs.parse(OrganisationKind.class, input.kind());
        if (kind == null) {
            problems.add(new FieldProblem("kind", "partners.organisation.kind.invalid"));
        }
        String country = Inputs.trimmed(input.country());
        Integer level = input.level();
        if (country != null) {
            Optional<UnitView> unit = geography.find(country, "en").filter(u -> u.level() == 0);
            if (unit.isEmpty()) {
                problems.add(new FieldProblem("country", "partners.organisation.country.unknown", country));
            } else {
                country = unit.get().pcode();
                if (level != null
                        && geography.country(country, "en").levels().stream().noneMatch(l -> l.level() == level)) {
                    problems.add(new FieldProblem("level", "partners.organisation.level.unknown", level));
                }
            }
        } else if (level != null) {
            problems.add(new FieldProblem("level", "partners.organisation.level.needsCountry"));
        }
        String contactName = INPUTS.text("contactName", input.contactName(), 200, false, problems);
        String email =
                matching(input.contactEmail(), EMAIL, 254, "contactEmail", "partners.contactEmail.invalid", problems);
        String phone =
                matching(input.contactPhone(), PHONE, 40, "contactPhone", "partners.contactPhone.invalid", problems);
        String website = matching(input.website(), WEBSITE, 300, "website", "partners.website.invalid", problems);
        return new OrganisationRecords.Details(
                name, shortName, kind, country, level, contactName, email, phone, website);
    }

    /** The trimmed value, or a problem on {@code field} when it does not match or is too long. */
    private static String matching(
            String value, Pattern pattern, int max, String field, String key, List<FieldProblem> problems) {
        String text = Inputs.trimmed(value);
        if (text != null && (text.length() > max || !pattern.matcher(text).matches())) {
            problems.add(new FieldProblem(field, key));
        }
        return text;
    }
}

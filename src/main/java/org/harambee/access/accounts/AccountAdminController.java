package org.harambee.access.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.harambee.access.Role;
import org.harambee.access.Roles;
import org.harambee.system.Forms;
import org.harambee.system.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Account administration pages: a searchable list, a form to create or edit an account with its roles and their
 * units, and an account's page with deactivation, reactivation and password reset. A temporary password is shown in
 * the answer that makes it, never kept in the session.
 */
@Controller
@PreAuthorize("hasAuthority('MANAGE_ACCOUNTS')")
class AccountAdminController {

    static final String LIST = "accounts/list";
    static final String FORM = "accounts/form";
    static final String SHOW = "accounts/show";
    static final int PAGE_SIZE = 50;

    /**
     * What the form shows and the service reads: the entered values, and per role whether it is ticked and its P-codes as
     * typed. A sent form is bound to {@link AccountForm} first.
     */
    record Form(
            String username,
            String displayName,
            String email,
            String phone,
            String language,
            String organisation,
            String organisationId,
            Map<Role, Boolean> held,
            Map<Role, String> units) {

        static Form of(AccountReading.AccountView account) {
            Map<Role, Boolean> held = new LinkedHashMap<>();
            Map<Role, String> units = new LinkedHashMap<>();
            for (Role role : Role.values()) {
                var granted =
                        account.roles().stream().filter(r -> r.role() == role).findFirst();
                held.put(role, granted.isPresent());
                units.put(
                        role,
                        granted.map(r -> String.join(
                                        ", ",
                                        r.units().stream()
                                                .map(AccountReading.ScopeUnit::pcode)
                                                .toList()))
                                .orElse(""));
            }
            return new Form(
                    account.username(),
                    account.displayName(),
                    account.email(),
                    account.phone(),
                    account.language(),
                    account.organisation(),
                    account.organisationId() == null
                            ? ""
                            : account.organisationId().toString(),
                    held,
                    units);
        }

        static Form empty() {
            return new AccountForm(null, null, null, null, null, null, null, null).shown(field -> null);
        }

        /** The ticked roles in table order, each with its P-codes split at commas, semicolons or spaces. */
        List<AccountAdministration.RoleGrant> grants() {
            List<AccountAdministration.RoleGrant> grants = new ArrayList<>();
            held.forEach((role, ticked) -> {
                if (ticked) {
                    String typed = units.get(role) == null ? "" : units.get(role);
                    grants.add(new AccountAdministration.RoleGrant(
                            role.name(),
                            Arrays.stream(typed.split("[,;\\s]+"))
                                    .filter(s -> !s.isBlank())
                                    .toList()));
                }
            });
            return grants;
        }

        AccountAdministration.AccountInput input() {
            return new AccountAdministration.AccountInput(
                    username, displayName, email, phone, language, organisation, organisationUuid(), grants());
        }

        /** The chosen organisation, read as an id by the binding ({@link AccountForm}), or none. */
        UUID organisationUuid() {
            return organisationId == null || organisationId.isBlank() ? null : UUID.fromString(organisationId);
        }
    }

    private final AccountAdministration administration;
    private final AccountReading reading;
    private final MessageSource messages;
    private final Forms forms;

    AccountAdminController(
            AccountAdministration administration, AccountReading reading, MessageSource messages, Forms forms) {
        this.administration = administration;
        this.reading = reading;
        this.messages = messages;
        this.forms = forms;
    }

    @GetMapping("/accounts")
    String showAccounts(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "false") boolean reset,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Boolean active = "active".equals(status) ? Boolean.TRUE : "inactive".equals(status) ? Boolean.FALSE : null;
        model.addAttribute(
                "accounts", reading.search(q, Roles.parse(role), active, reset, Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("role", Roles.parse(role));
        model.addAttribute("status", active == null ? "" : status);
        model.addAttribute("reset", reset);
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("roles", Role.values());
        return LIST;
    }

    @GetMapping("/accounts/new")
    String showNewForm(Model model) {
        return form(Form.empty(), null, Map.of(), model);
    }

    @PostMapping("/accounts")
    String processNewForm(
            @Valid @ModelAttribute("form") AccountForm bound,
            BindingResult binding,
            HttpServletRequest request,
            Model model) {
        Form form = bound.shown(request::getParameter);
        return forms.submit(
                binding,
                () -> {
                    AccountAdministration.Created created = administration.create(form.input());
                    model.addAttribute("account", created.account());
                    model.addAttribute("temporaryPassword", created.temporaryPassword());
                    model.addAttribute("created", true);
                    return SHOW;
                },
                fields(form),
                errors -> form(form, null, errors, model));
    }

    @GetMapping("/accounts/{id}")
    String showAccount(@PathVariable UUID id, Model model) {
        model.addAttribute("account", reading.get(id));
        return SHOW;
    }

    @GetMapping("/accounts/{id}/edit")
    String showEditForm(@PathVariable UUID id, Model model) {
        return form(Form.of(reading.get(id)), id, Map.of(), model);
    }

    @PostMapping("/accounts/{id}")
    String processEditForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") AccountForm bound,
            BindingResult binding,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        Form form = bound.shown(request::getParameter);
        return forms.submit(
                binding,
                () -> {
                    administration.update(id, form.input());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/accounts/" + id;
                },
                fields(form),
                errors -> form(form, id, errors, model));
    }

    @PostMapping("/accounts/{id}/deactivate")
    String deactivate(@PathVariable UUID id, Principal user, Locale locale, RedirectAttributes redirect) {
        try {
            administration.deactivate(id, user.getName());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "refusal",
                    messages.getMessage(
                            e.problems().get(0).key(), e.problems().get(0).args(), locale));
        }
        return "redirect:/accounts/" + id;
    }

    @PostMapping("/accounts/{id}/reactivate")
    String reactivate(@PathVariable UUID id) {
        administration.reactivate(id);
        return "redirect:/accounts/" + id;
    }

    @PostMapping("/accounts/{id}/password-reset")
    String resetPassword(@PathVariable UUID id, Model model) {
        String password = administration.resetPassword(id);
        model.addAttribute("account", reading.get(id));
        model.addAttribute("temporaryPassword", password);
        return SHOW;
    }

    private String form(Form form, UUID id, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Role.values());
        model.addAttribute("organisations", reading.organisations());
        return FORM;
    }

    /** A role's problem goes beside that role's units. */
    private static UnaryOperator<String> fields(Form form) {
        List<AccountAdministration.RoleGrant> grants = form.grants();
        return field -> {
            if (!field.startsWith("roles[")) {
                return field;
            }
            int index = Integer.parseInt(field.substring(6, field.indexOf(']')));
            return index < grants.size() ? "units_" + grants.get(index).role() : "roles";
        };
    }
}

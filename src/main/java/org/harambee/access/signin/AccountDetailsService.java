package org.harambee.access.signin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.harambee.access.Role;
import org.harambee.access.Roles;
import org.harambee.access.accounts.AccountRecords;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads an account for sign-in (form, HTTP Basic, tokens). Each role becomes the authority {@code ROLE_<role>} and each
 * permission it grants the authority of the permission's name, for checks that do not depend on a place (such as
 * {@code hasAuthority('MANAGE_ACCOUNTS')}); where a permission applies is {@link org.harambee.access.Scopes}' business. A password that must
 * be changed adds {@value #PASSWORD_CHANGE_REQUIRED}, which lets the holder do nothing else.
 */
@Service
public class AccountDetailsService implements UserDetailsService {

    static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    private final AccountRecords accounts;

    AccountDetailsService(AccountRecords accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(a -> User.withUsername(a.username())
                        .password(a.passwordHash())
                        .disabled(!a.enabled())
                        .authorities(authorities(a))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }

    public static List<GrantedAuthority> authorities(AccountRecords.Account account) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : account.roles()) {
            Role role = Roles.parse(name);
            if (role != null) {
                names.add("ROLE_" + role.name());
                role.permissions().forEach(p -> names.add(p.name()));
            }
        }
        if (account.passwordChangeRequired()) {
            names.add(PASSWORD_CHANGE_REQUIRED);
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        names.forEach(n -> authorities.add(new SimpleGrantedAuthority(n)));
        return authorities;
    }
}

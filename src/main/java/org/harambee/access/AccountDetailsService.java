package org.harambee.access;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads an account for sign-in (form and HTTP Basic); each role becomes the authority {@code ROLE_<role>}. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(a -> User.withUsername(a.username())
                        .password(a.passwordHash())
                        .disabled(!a.enabled())
                        .authorities(AuthorityUtils.createAuthorityList(
                                a.roles().stream().map(r -> "ROLE_" + r).toList()))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }
}

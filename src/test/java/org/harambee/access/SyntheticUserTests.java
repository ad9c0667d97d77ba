package org.harambee.access;

import java.util.List;
import org.harambee.access.accounts.AccountRecords;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Web tests of one synthetic account without roles, created afresh (with no sessions) before each test. */
@SpringBootTest
@AutoConfigureMockMvc
abstract class SyntheticUserTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountRecords accounts;

    @Autowired
    PasswordEncoder encoder;

    abstract String username();

    abstract String password();

    @BeforeEach
    void freshUser() {
        jdbc.sql("delete from spring_session where principal_name = ?")
                .param(username())
                .update();
        jdbc.sql("delete from access_user where username = ?").param(username()).update();
        accounts.create(username(), username() + " (synthetic)", encoder.encode(password()), List.of());
    }
}

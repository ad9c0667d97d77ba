package org.harambee.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the start page. */
@Controller
class PageController {

    @GetMapping("/login")
    String showLogin() {
        return "login";
    }

    /** The places page, served here rather than redirected to: on 2G a redirect costs a round trip of ~0.4 s. */
    @GetMapping("/")
    String showHome() {
        return "forward:/units";
    }
}

package org.harambee.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (the start page is the home module's). */
@Controller
class PageController {

    @GetMapping("/login")
    String showLogin() {
        return "login";
    }
}

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

    @GetMapping("/")
    String showHome() {
        return "redirect:/units";
    }
}

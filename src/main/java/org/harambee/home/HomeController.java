package org.harambee.home;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what waits for the signed-in user, one section for each role they hold. */
@Controller
class HomeController {

    static final String HOME = "home/show";

    private final HomeReading home;

    HomeController(HomeReading home) {
        this.home = home;
    }

    @GetMapping("/")
    String showHome(Locale locale, Model model) {
        model.addAttribute("home", home.read(locale.getLanguage()));
        return HOME;
    }
}

package org.harambee.sync;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The offline app's shell for community facilitators (others are told it is not for them), its web app manifest
 * and its service worker, served with {@code Service-Worker-Allowed} so that its scope can be {@code /app} itself.
 */
@Controller
class AppController {

    static final String VIEW_APP = "sync/app";
    static final String VIEW_NOT_FACILITATOR = "sync/not-facilitator";
    static final String FACILITATOR = "ROLE_COMMUNITY_FACILITATOR";

    private final MessageSource messages;

    AppController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/app")
    String showApp(Authentication auth, Model model, HttpServletResponse response) {
        boolean facilitator = auth.getAuthorities().stream().anyMatch(a -> FACILITATOR.equals(a.getAuthority()));
        if (!facilitator) {
            response.setStatus(403);
            return VIEW_NOT_FACILITATOR;
        }
        model.addAttribute("user", auth.getName());
        return VIEW_APP;
    }

    @GetMapping(value = "/app/manifest.webmanifest", produces = "application/manifest+json")
    @ResponseBody
    Map<String, Object> manifest(Locale locale) {
        return Map.of(
                "name",
                messages.getMessage("sync.app.title", null, locale),
                "short_name",
                "Harambee",
                "start_url",
                "/app",
                "scope",
                "/app",
                "display",
                "standalone",
                "background_color",
                "#ffffff",
                "theme_color",
                "#1f5f4a",
                "icons",
                List.of(Map.of("src", "/app/icon.svg", "sizes", "any", "type", "image/svg+xml", "purpose", "any")));
    }

    @GetMapping("/app/sw.js")
    ResponseEntity<byte[]> serviceWorker() throws IOException {
        try (InputStream in = new ClassPathResource("static/app/sw.js").getInputStream()) {
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType("text/javascript"))
                    .header("Service-Worker-Allowed", "/app")
                    .body(in.readAllBytes());
        }
    }
}

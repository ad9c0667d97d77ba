package org.harambee.insights.research;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.harambee.access.Permission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The research pages of a unit: the stepped-wedge table (and its CSV) and the diffusion chart. */
@Controller
@PreAuthorize("hasAuthority('VIEW_AGGREGATES')")
class ResearchController {

    static final String WEDGE = "insights/stepped-wedge";
    static final String DIFFUSION = "insights/diffusion";

    private final SteppedWedge wedge;
    private final SteppedWedgeExport export;
    private final Diffusion diffusion;

    ResearchController(SteppedWedge wedge, SteppedWedgeExport export, Diffusion diffusion) {
        this.wedge = wedge;
        this.export = export;
        this.diffusion = diffusion;
    }

    @GetMapping("/insights/{pcode}/stepped-wedge")
    String showSteppedWedge(@PathVariable String pcode, Locale locale, Model model) {
        model.addAttribute("table", wedge.table(pcode, Permission.VIEW_AGGREGATES, locale));
        return WEDGE;
    }

    @GetMapping("/insights/{pcode}/stepped-wedge.csv")
    @PreAuthorize("hasAuthority('EXPORT_AGGREGATES')")
    void downloadSteppedWedge(@PathVariable String pcode, Locale locale, HttpServletResponse response)
            throws IOException {
        export.write(pcode, locale, response);
    }

    @GetMapping("/insights/{pcode}/diffusion")
    String showDiffusion(@PathVariable String pcode, Locale locale, Model model) {
        model.addAttribute("diffusion", diffusion.of(pcode, locale));
        return DIFFUSION;
    }
}

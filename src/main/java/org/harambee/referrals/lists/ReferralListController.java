package org.harambee.referrals.lists;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.referrals.Priority;
import org.harambee.referrals.ReferralLists;
import org.harambee.referrals.ReferralView;
import org.harambee.referrals.ServiceCategory;
import org.harambee.referrals.ServicePoints;
import org.harambee.referrals.internal.ResultPageWithTotal;
import org.harambee.system.ExportFormat;
import org.harambee.system.Forms;
import org.harambee.system.InvalidInputException;
import org.harambee.system.OutsideAreaException;
import org.harambee.system.ResultPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The referral lists (mine, inbox, area, consent decisions) with their filters, their files and the notices. */
@Controller
@PreAuthorize("hasAnyAuthority('CREATE_REFERRALS', 'HANDLE_REFERRALS', 'MANAGE_SERVICES')")
public class ReferralListController {

    static final String LIST = "referrals/list";
    static final int PAGE_SIZE = 30;

    private final ReferralLists lists;
    private final ReferralExport export;
    private final Notices notices;
    private final ServicePoints servicePoints;
    private final Scopes scopes;
    private final Forms forms;

    ReferralListController(
            ReferralLists lists,
            ReferralExport export,
            Notices notices,
            ServicePoints servicePoints,
            Scopes scopes,
            Forms forms) {
        this.forms = forms;
        this.lists = lists;
        this.export = export;
        this.notices = notices;
        this.servicePoints = servicePoints;
        this.scopes = scopes;
    }

    @GetMapping("/referrals")
    String showReferrals(
            @RequestParam(required = false) ReferralLists.Box box,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(required = false) ServiceCategory category,
            @RequestParam(required = false) Priority priority,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var permissions = scopes.permissions();
        ReferralLists.Box shown = shownBox(box);
        model.addAttribute("box", shown);
        List<ReferralLists.Box> boxes = new ArrayList<>();
        if (permissions.contains(Permission.CREATE_REFERRALS)) {
            boxes.add(ReferralLists.Box.MINE);
        }
        if (permissions.contains(Permission.HANDLE_REFERRALS)) {
            boxes.add(ReferralLists.Box.INBOX);
        }
        if (permissions.contains(Permission.MANAGE_SERVICES)) {
            boxes.add(ReferralLists.Box.AREA);
        }
        if (permissions.contains(Permission.OVERRIDE_CONSENT)) {
            boxes.add(ReferralLists.Box.CONSENT_DECISIONS);
        }
        var filter = new ReferralLists.ListFilter(null, open, category, priority, sort, unit);
        model.addAttribute("boxes", boxes);
        model.addAttribute("open", open);
        model.addAttribute("category", category);
        model.addAttribute("priority", priority);
        model.addAttribute("sort", filter.sort());
        model.addAttribute("unit", filter.unit());
        model.addAttribute("categories", ServiceCategory.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute(
                "sorts",
                ReferralLists.ListFilter.SORTS.keySet().stream().sorted().toList());
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pageSize", PAGE_SIZE);
        ResultPage<ReferralView.Summary> referrals = new ResultPage<>(List.of(), Math.max(page, 0), PAGE_SIZE, 0);
        try {
            referrals = lists.list(shown, filter, Math.max(page, 0), PAGE_SIZE);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", forms.errors(e));
        } catch (OutsideAreaException e) {
            model.addAttribute("errors", forms.errors(e, UnaryOperator.identity()));
        }
        model.addAttribute("referrals", ResultPageWithTotal.of(referrals));
        model.addAttribute("notices", notices.mine(true, 20));
        model.addAttribute("canCreate", permissions.contains(Permission.CREATE_REFERRALS));
        return LIST;
    }

    /** The list as a file (CSV or XLSX): the same box, filters and sort as the page, every row, streamed. */
    @GetMapping(value = "/referrals", params = "format")
    void exportReferrals(
            @RequestParam(required = false) ReferralLists.Box box,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(required = false) ServiceCategory category,
            @RequestParam(required = false) Priority priority,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String unit,
            @RequestParam String format,
            HttpServletResponse response)
            throws IOException {
        export.write(
                shownBox(box),
                new ReferralLists.ListFilter(null, open, category, priority, sort, unit),
                ExportFormat.parse(format),
                response);
    }

    /** The box asked for, or the one the user works most: the inbox of an officer, their own of a sender. */
    private ReferralLists.Box shownBox(ReferralLists.Box box) {
        if (box != null) {
            return box;
        }
        var permissions = scopes.permissions();
        return permissions.contains(Permission.HANDLE_REFERRALS)
                        && !servicePoints.workedBy(CurrentUser.name()).isEmpty()
                ? ReferralLists.Box.INBOX
                : permissions.contains(Permission.CREATE_REFERRALS) ? ReferralLists.Box.MINE : ReferralLists.Box.AREA;
    }

    @PostMapping("/referrals/notices/read")
    String readNotices() {
        notices.markAllRead();
        return "redirect:/referrals";
    }
}

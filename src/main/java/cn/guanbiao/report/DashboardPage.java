package cn.guanbiao.report;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /admin/dashboard}: the programme at a glance, for administrators and the municipal IP office. */
@Controller
class DashboardPage {

    private final ProgrammeStatistics statistics;

    DashboardPage(ProgrammeStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/admin/dashboard")
    String dashboard(Model model) {
        model.addAttribute("byStatus", statistics.byStatus());
        model.addAttribute("byDistrict", statistics.byDistrict());
        model.addAttribute("byType", statistics.byApplicantType());
        model.addAttribute("budgets", statistics.budgets());
        model.addAttribute("steps", statistics.medianDaysPerStep());
        return "admin/dashboard";
    }
}

package cn.guanbiao.complaint;

import cn.guanbiao.reference.CertificationBodies;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /public/complaints}: the complaint form anyone may use, without login; it posts to the public API. */
@Controller
class ComplaintPage {

    private final CertificationBodies bodies;

    ComplaintPage(CertificationBodies bodies) {
        this.bodies = bodies;
    }

    @GetMapping("/public/complaints")
    String complaints(Model model) {
        model.addAttribute("bodies", bodies.all().stream().map(CertificationBodies.CertificationBody::name).toList());
        model.addAttribute("maxContent", ComplaintFormReader.MAX_CONTENT);
        return "public/complaints";
    }
}

package cn.guanbiao.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page rendered from a template gets {@code site} ({@link SiteSettings}) for the shared header and footer. */
@ControllerAdvice(annotations = Controller.class)
class SiteModel {

    private final SiteSettings site;

    SiteModel(SiteSettings site) {
        this.site = site;
    }

    @ModelAttribute("site")
    SiteSettings site() {
        return site;
    }
}

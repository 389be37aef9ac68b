package cn.guanbiao.notice;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /public/notices}: the notice list as a page anyone can read. */
@Controller
class PublicNoticePage {

    private final PublicNotices notices;

    PublicNoticePage(PublicNotices notices) {
        this.notices = notices;
    }

    @GetMapping("/public/notices")
    String notices(Model model) {
        model.addAttribute("notices", notices.current().stream().map(PublicNoticeController.NoticeView::of).toList());
        return "public/notices";
    }
}

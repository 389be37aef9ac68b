package cn.guanbiao.notice;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /public/notices}: the notice list anyone can read and object to, and the archive of past notices. */
@Controller
class PublicNoticePage {

    private final PublicNotices notices;

    PublicNoticePage(PublicNotices notices) {
        this.notices = notices;
    }

    @GetMapping("/public/notices")
    String notices(Model model) {
        model.addAttribute("notices", notices.current().stream().map(PublicNoticeController.NoticeView::of).toList());
        model.addAttribute("archive", notices.past().stream().map(PublicNoticeController.NoticeView::of).toList());
        return "public/notices";
    }
}

package cn.guanbiao.spotcheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /public/spot-checks} (一公开): the results of every finished campaign — which units were checked, the
 * result, when — and how they were drawn. Inspectors' names and their written findings stay with the administrators.
 */
@Controller
class SpotCheckResultsPage {

    record PublishedUnit(String orgName, String creditCode, String result, LocalDate checkedOn) {
    }

    record PublishedCampaign(String campaignNo, LocalDate drawnOn, LocalDate publishedOn, String ratePercent, long seed,
            int populationSize, int sampleSize, List<PublishedUnit> units) {
    }

    private final SpotCheckRecords records;

    SpotCheckResultsPage(SpotCheckRecords records) {
        this.records = records;
    }

    @GetMapping("/public/spot-checks")
    String results(Model model) {
        model.addAttribute("campaigns", records.published().stream().map(this::published).toList());
        return "public/spot-checks";
    }

    private PublishedCampaign published(SpotCheckRecords.Campaign campaign) {
        List<PublishedUnit> units = records.units(campaign.campaignNo()).stream()
                .map(u -> new PublishedUnit(u.orgName(), u.creditCode(), u.conclusion().publicLabel(), u.inspectedAt().toLocalDate()))
                .toList();
        return new PublishedCampaign(campaign.campaignNo(), campaign.drawnAt().toLocalDate(), campaign.publishedAt().toLocalDate(),
                campaign.rate().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%", campaign.seed(),
                campaign.populationSize(), campaign.sampleSize(), units);
    }
}

package cn.guanbiao.spotcheck;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import cn.guanbiao.application.FieldError;
import cn.guanbiao.application.InvalidInputException;
import cn.guanbiao.call.AwardCalls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/spot-checks} (group camunda-admin, see RestAuthentication): start a campaign, audit its draw.
 */
@RestController
@RequestMapping("/api/admin")
class SpotCheckAdminController {

    /** Seeds up to 2^53 − 1 survive JSON in a browser unchanged. */
    private static final long MAX_SEED = (1L << 53) - 1;
    private static final int MAX_INSPECTORS_PER_UNIT = 10;

    private final SpotCheckCampaigns campaigns;
    private final AwardCalls calls;

    SpotCheckAdminController(SpotCheckCampaigns campaigns, AwardCalls calls) {
        this.campaigns = campaigns;
        this.calls = calls;
    }

    /** {@code {"rate": 0.05, "inspectorsPerUnit": 2, "seed": 123, "callId": "CALL-2026-001"}}, every field optional. */
    @PostMapping("/spot-checks")
    ResponseEntity<SpotCheckCampaigns.CampaignView> start(@RequestBody(required = false) JsonNode body) {
        SpotCheckDrawing.Request request = read(body == null ? NullNode.getInstance() : body);
        String campaignNo;
        try {
            campaignNo = campaigns.start(request);
        } catch (RuntimeException e) {
            SpotCheckDraw.NotEnoughInspectorsException tooFew = notEnoughInspectors(e);
            if (tooFew == null) {
                throw e;
            }
            throw new InvalidInputException("inspectorsPerUnit", tooFew.getMessage());
        }
        return ResponseEntity.created(URI.create("/api/admin/spot-checks/" + campaignNo)).body(campaigns.view(campaignNo).orElseThrow());
    }

    @GetMapping("/spot-checks")
    List<SpotCheckRecords.Campaign> list() {
        return campaigns.all();
    }

    @GetMapping("/spot-checks/{campaignNo}")
    ResponseEntity<SpotCheckCampaigns.CampaignView> get(@PathVariable String campaignNo) {
        return ResponseEntity.of(campaigns.view(campaignNo));
    }

    private SpotCheckDrawing.Request read(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        if (!body.isNull() && !body.isObject()) {
            throw new InvalidInputException("", "请求体须为 JSON 对象，例如 {\"rate\": 0.05}");
        }
        BigDecimal rate = null;
        JsonNode rateNode = body.path("rate");
        if (present(rateNode)) {
            rate = rateNode.isNumber() ? rateNode.decimalValue() : null;
            if (rate == null || rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) > 0 || rate.stripTrailingZeros().scale() > 4) {
                errors.add(new FieldError("rate", "抽查比例须为大于 0、不超过 1 的小数（最多四位小数），如 0.05 表示 5%"));
                rate = null;
            }
        }
        Integer perUnit = null;
        JsonNode perUnitNode = body.path("inspectorsPerUnit");
        if (present(perUnitNode)) {
            if (perUnitNode.isInt() && perUnitNode.asInt() >= 1 && perUnitNode.asInt() <= MAX_INSPECTORS_PER_UNIT) {
                perUnit = perUnitNode.asInt();
            } else {
                errors.add(new FieldError("inspectorsPerUnit", "每家检查人员数须为 1 至 " + MAX_INSPECTORS_PER_UNIT + " 的整数"));
            }
        }
        Long seed = null;
        JsonNode seedNode = body.path("seed");
        if (present(seedNode)) {
            if (seedNode.isIntegralNumber() && seedNode.canConvertToLong() && seedNode.asLong() >= 0 && seedNode.asLong() <= MAX_SEED) {
                seed = seedNode.asLong();
            } else {
                errors.add(new FieldError("seed", "随机种子须为 0 至 " + MAX_SEED + " 的整数"));
            }
        }
        String callId = null;
        JsonNode callNode = body.path("callId");
        if (present(callNode)) {
            callId = callNode.asText("").strip();
            if (!callNode.isTextual() || calls.find(callId).isEmpty()) {
                errors.add(new FieldError("callId", "没有这个申报批次：" + callNode.asText()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new SpotCheckDrawing.Request(rate, perUnit, seed, callId);
    }

    private static boolean present(JsonNode node) {
        return !node.isMissingNode() && !node.isNull();
    }

    private static SpotCheckDraw.NotEnoughInspectorsException notEnoughInspectors(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SpotCheckDraw.NotEnoughInspectorsException tooFew) {
                return tooFew;
            }
        }
        return null;
    }
}

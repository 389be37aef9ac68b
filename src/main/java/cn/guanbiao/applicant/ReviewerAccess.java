package cn.guanbiao.applicant;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.guanbiao.platform.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Who may read an applicant's files outside the applicant: a Camunda user (HTTP Basic, checked against the
 * engine's identity service) in a reviewing group — the municipal IP office, finance, a sector department
 * ({@code dept-*}), a district office ({@code district-*}) or the administrators — and, for a given application,
 * only an administrator or one of those who review that application ({@link ApplicationReviewers}).
 */
@Component
class ReviewerAccess {

    enum Outcome { UNAUTHENTICATED, FORBIDDEN, ALLOWED }

    record Decision(Outcome outcome, String userId, List<String> groups) {
    }

    private static final Set<String> REVIEWING_GROUPS = Set.of(Groups.MUNICIPAL_IP_OFFICE, Groups.FINANCE_OFFICE, Groups.ADMIN);

    private final IdentityService identityService;
    private final ApplicationReviewers reviewers;

    ReviewerAccess(IdentityService identityService, ApplicationReviewers reviewers) {
        this.identityService = identityService;
        this.reviewers = reviewers;
    }

    Decision check(String authorization) {
        Optional<String[]> credentials = basicCredentials(authorization);
        if (credentials.isEmpty() || !identityService.checkPassword(credentials.get()[0], credentials.get()[1])) {
            return new Decision(Outcome.UNAUTHENTICATED, null, List.of());
        }
        String userId = credentials.get()[0];
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        return new Decision(groups.stream().anyMatch(ReviewerAccess::isReviewingGroup) ? Outcome.ALLOWED : Outcome.FORBIDDEN,
                userId, groups);
    }

    /** Whether a reviewer let in by {@link #check} may read the files of this application. */
    boolean mayRead(Decision reviewer, String applicationNo) {
        return reviewer.groups().contains(Groups.ADMIN)
                || reviewers.include(applicationNo, reviewer.userId(), reviewer.groups());
    }

    static boolean isReviewingGroup(String groupId) {
        return REVIEWING_GROUPS.contains(groupId) || groupId.startsWith("dept-") || groupId.startsWith("district-");
    }

    private static Optional<String[]> basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}

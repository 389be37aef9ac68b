package cn.guanbiao.call;

import cn.guanbiao.platform.CommonVariables;
import java.util.Set;

import cn.guanbiao.platform.CompletionVariables;
import org.springframework.stereotype.Component;

/** DOMAIN §5: {@code ApproveAwardList} is completed over REST with {@code approved} and {@code comment}. */
@Component
class ApprovalCompletionVariables implements CompletionVariables {

    @Override
    public Set<String> of(String processDefinitionKey, String taskDefinitionKey) {
        return CallVariables.PROCESS_KEY.equals(processDefinitionKey) && "ApproveAwardList".equals(taskDefinitionKey)
                ? Set.of(CommonVariables.APPROVED, CommonVariables.COMMENT) : Set.of();
    }
}

package cn.guanbiao.call;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("closeCall")
class CloseCallDelegate implements JavaDelegate {

    private final AwardCalls calls;

    CloseCallDelegate(AwardCalls calls) {
        this.calls = calls;
    }

    @Override
    public void execute(DelegateExecution execution) {
        calls.close(execution.getProcessBusinessKey());
    }
}

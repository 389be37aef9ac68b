package cn.guanbiao.call;

import java.math.BigDecimal;
import java.time.LocalDateTime;

public record AwardCall(String callId, int callYear, LocalDateTime opensAt, LocalDateTime closesAt, BigDecimal budget,
        BigDecimal reserved, BigDecimal paid, CallStatus status, String processInstanceId) {

    public enum CallStatus { OPEN, CLOSED, DECIDED }
}

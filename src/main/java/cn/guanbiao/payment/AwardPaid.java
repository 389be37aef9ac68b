package cn.guanbiao.payment;

/** Published in the transaction that books a payment: what comes after the money (evaluation) starts from it. */
public record AwardPaid(String applicationNo) {
}

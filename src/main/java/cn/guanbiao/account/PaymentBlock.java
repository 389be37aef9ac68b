package cn.guanbiao.account;

import java.util.Optional;

/**
 * Something that stops a payment at the last moment: the unit's credit (R5), a complaint about the application being
 * verified or found true (R7). {@link cn.guanbiao.payment.FundRelease} asks every one of them in the transaction that books, with the
 * application's row locked. The process asks the same right before {@code Task_ReleaseFunds} and routes on the answer;
 * here it is the payment's own last word, for a model that does not ask (an instance of an older version).
 */
public interface PaymentBlock {

    /** Why the application may not be paid now, in one Chinese sentence; empty when nothing stops it. */
    Optional<String> whyNotPayable(String applicationNo);
}

package org.porth.apply.internal;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Transactions for the steps of a form's work that must commit apart, such as a page around a booking hold. */
@Component
public class FormTransactions {

    private final TransactionTemplate reads;
    private final TransactionTemplate writes;

    FormTransactions(PlatformTransactionManager transactions) {
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        this.writes = new TransactionTemplate(transactions);
    }

    public <T> T reading(Supplier<T> work) {
        return reads.execute(status -> work.get());
    }

    public <T> T writing(Supplier<T> work) {
        return writes.execute(status -> work.get());
    }
}

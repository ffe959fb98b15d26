package org.porth.channels.open311;

import java.util.function.Function;

/** A query's answer, or what is wrong with the query (a 400). */
sealed interface Checked<T> {

    <R> R fold(Function<T, R> answered, Function<String, R> refused);

    record Answered<T>(T value) implements Checked<T> {
        @Override
        public <R> R fold(Function<T, R> answered, Function<String, R> refused) {
            return answered.apply(value);
        }
    }

    record Refused<T>(String problem) implements Checked<T> {
        @Override
        public <R> R fold(Function<T, R> answered, Function<String, R> refused) {
            return refused.apply(problem);
        }
    }
}

package org.porth.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A browser test run once on each of {@link Viewport#PHONE_AND_DESKTOP}, the screens of every resident page. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest
@EnumSource(value = Viewport.class, names = {"DESKTOP", "PHONE"})
@interface OnPhoneAndDesktop {
}

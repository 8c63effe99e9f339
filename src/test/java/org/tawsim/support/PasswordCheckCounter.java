package org.tawsim.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Counts the password hash checks the running app makes, per presented password, by wrapping the app's own
 * PasswordEncoder (every login check still runs for real). Tests use passwords of their own to count only theirs.
 * Not a configuration class of its own: {@link RunningApp} imports it, so its bean is registered there only.
 */
public class PasswordCheckCounter {

    private static final Map<String, AtomicInteger> CHECKS = new ConcurrentHashMap<>();

    /** How many times the app has checked a presented password that starts with {@code prefix}. */
    public static int of(String prefix) {
        return CHECKS.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToInt(e -> e.getValue().get()).sum();
    }

    @Bean
    static BeanPostProcessor countingPasswordChecks() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof PasswordEncoder encoder && !(bean instanceof Counting) ? new Counting(encoder) : bean;
            }
        };
    }

    private record Counting(PasswordEncoder app) implements PasswordEncoder {

        @Override
        public String encode(CharSequence raw) {
            return app.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            CHECKS.computeIfAbsent(String.valueOf(raw), k -> new AtomicInteger()).incrementAndGet();
            return app.matches(raw, encoded);
        }

        @Override
        public boolean upgradeEncoding(String encoded) {
            return app.upgradeEncoding(encoded);
        }
    }
}

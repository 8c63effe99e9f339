package org.tawsim.support;

/**
 * Base of tests that run the application context against the real test PostgreSQL. It is the same running
 * app as the browser tests': one Spring context per test JVM, because Vaadin swaps Spring Security's global
 * context-holder strategy when it starts, and a second context's security filters would keep the old one.
 */
public abstract class DatabaseTest extends RunningApp {
}

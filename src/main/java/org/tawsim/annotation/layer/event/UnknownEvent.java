package org.tawsim.annotation.layer.event;

/**
 * A row this version cannot read as a type: a kind it does not know (written by a newer version), or a payload
 * that does not fit its kind. Kept as stored, so reading the log never fails; it is never written.
 */
public record UnknownEvent(String kind, String json) implements Event {
}

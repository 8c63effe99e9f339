package org.tawsim.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tawsim.account.UserAccount;

/** Changes of membership in the project's event log: who changed whose role, from what to what. */
final class MemberEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Change(String member, String before, String after) {
    }

    private MemberEvents() {
    }

    static void log(ProjectRepository projects, UserAccount actor, long projectId, String kind, String member,
                    String before, String after) {
        try {
            projects.log(actor.id(), projectId, kind, JSON.writeValueAsString(new Change(member, before, after)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an event", e);
        }
    }
}

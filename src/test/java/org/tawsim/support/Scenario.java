package org.tawsim.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.annotation.Operation;
import org.tawsim.annotation.Operation.CreateSpan;
import org.tawsim.annotation.Operation.MoveMentions;
import org.tawsim.annotation.Operation.MoveMentions.Move;
import org.tawsim.annotation.OperationResult;
import org.tawsim.project.Project;
import org.tawsim.project.ProjectRole;

/**
 * One test's world, written the way a lead would set it up:
 * {@code scenarios.project("p").annotators("amal", "bilal").document("jasim.txt", TEXT).assign("amal", "bilal")
 * .span("amal", "درعا", "LOCATION").span("amal", "جاسم", "LOCATION").chain("amal", "درعا", "جاسم").done("amal")}.
 * People are named by short names (their logins get a unique tag; password {@link Teams#PASSWORD}); layer steps
 * act on the current document (the last one added, or the one chosen with {@link #on}) on the layer's current
 * revision. Offsets are code points, as everywhere in the app.
 */
public final class Scenario {

    /** A span this scenario created, in the layer of {@code owner} (null: gold). */
    public record CreatedSpan(long id, String owner, long documentId, int start, int end, String label, String surface) {
    }

    private final Scenarios.Services services;
    private final String projectName;
    private final String tag = Long.toString(System.nanoTime(), 36);
    private final Map<String, UserAccount> people = new LinkedHashMap<>();
    private final List<UserAccount> annotators = new ArrayList<>();
    private final Map<String, Long> documents = new LinkedHashMap<>();
    private final CreatedSpans spans = new CreatedSpans();
    private UserAccount lead;
    private Project project;
    private Long current;
    private Long lastChain;

    Scenario(Scenarios.Services services, String projectName) {
        this.services = services;
        this.projectName = projectName;
    }

    // --- people ---------------------------------------------------------------------------------------------

    /** The lead who creates the project (by default one named "lead", created by the first step that needs it). */
    public Scenario lead(String name) {
        if (project != null) {
            throw new IllegalStateException("The project exists already; name its lead first");
        }
        lead = account(name, "Lead", SystemRole.LEAD);
        return this;
    }

    /** More leads of the project, besides the one who created it. */
    public Scenario leads(String... names) {
        for (String name : names) {
            member(name, SystemRole.LEAD, ProjectRole.LEAD);
        }
        return this;
    }

    public Scenario annotators(String... names) {
        for (String name : names) {
            annotators.add(member(name, SystemRole.ANNOTATOR, ProjectRole.ANNOTATOR));
        }
        return this;
    }

    /** Project members who may read and export but not annotate. */
    public Scenario viewers(String... names) {
        for (String name : names) {
            member(name, SystemRole.VIEWER, ProjectRole.VIEWER);
        }
        return this;
    }

    /** An account of this system role that belongs to no project. */
    public Scenario outsider(String name, SystemRole role) {
        account(name, name, role);
        return this;
    }

    private UserAccount member(String name, SystemRole systemRole, ProjectRole projectRole) {
        UserAccount user = account(name, name, systemRole);
        services.projects().addMember(lead(), project().id(), user.login(), projectRole);
        return user;
    }

    private UserAccount account(String name, String displayName, SystemRole role) {
        if (people.containsKey(name)) {
            throw new IllegalArgumentException("Two people named " + name + " in one scenario");
        }
        UserAccount user = services.accounts().create(name + "-" + tag, Teams.PASSWORD, displayName, role);
        people.put(name, user);
        return user;
    }

    // --- documents and assignments --------------------------------------------------------------------------

    /** Imports a .txt file (".txt" is added to a name without one) and makes it the current document. */
    public Scenario document(String name, String text) {
        String fileName = name.contains(".") ? name : name + ".txt";
        long id = services.documents().importTextFile(lead(), project().id(), fileName,
                text.getBytes(StandardCharsets.UTF_8), null).id();
        documents.put(name, id);
        spans.text(id, services.documents().get(lead(), id).text());
        current = id;
        return this;
    }

    /** Makes an earlier document the current one. */
    public Scenario on(String document) {
        current = documentId(document);
        return this;
    }

    /** Assigns the current document to these annotators. */
    public Scenario assign(String... annotatorNames) {
        services.assignments().assign(lead(), project().id(), List.of(currentDocument()),
                Arrays.stream(annotatorNames).map(n -> user(n).login()).toList());
        return this;
    }

    /** Gives every document of the project {@code perDocument} annotators, balanced as the lead's button does. */
    public Scenario assignBalanced(int perDocument) {
        services.assignments().assignBalanced(lead(), project().id(), perDocument, List.of());
        return this;
    }

    /** These annotators mark the current document done. */
    public Scenario done(String... annotatorNames) {
        for (String name : annotatorNames) {
            services.assignments().markDone(user(name), currentDocument());
        }
        return this;
    }

    /** These annotators open the current document (as the editor records when it is shown). */
    public Scenario opened(String... annotatorNames) {
        for (String name : annotatorNames) {
            services.assignments().opened(user(name), currentDocument());
        }
        return this;
    }

    /** These annotators reopen the current document they had marked done. */
    public Scenario reopen(String... annotatorNames) {
        for (String name : annotatorNames) {
            services.assignments().reopen(user(name), currentDocument());
        }
        return this;
    }

    // --- layers ---------------------------------------------------------------------------------------------

    /** A span over the first occurrence of {@code surface} in the annotator's layer. */
    public Scenario span(String annotator, String surface, String label) {
        return span(annotator, surface, 1, label);
    }

    /** A span over the {@code occurrence}-th (from 1) occurrence of {@code surface}. */
    public Scenario span(String annotator, String surface, int occurrence, String label) {
        int[] range = spans.find(currentDocument(), surface, occurrence);
        return span(annotator, range[0], range[1], label);
    }

    /** A span over code points [start, end). */
    public Scenario span(String annotator, int start, int end, String label) {
        UserAccount who = user(annotator);
        long document = currentDocument();
        long revision = services.annotations().layer(who, document).revision();
        OperationResult result = services.annotations().apply(who, document, revision, null, new CreateSpan(start, end, label));
        spans.add(result.spanId(), annotator, document, start, end, label);
        return this;
    }

    /** A span in the current document's gold layer, made by the lead. */
    public Scenario goldSpan(int start, int end, String label) {
        long document = currentDocument();
        OperationResult result = services.annotations().applyToGold(lead(), document, new CreateSpan(start, end, label));
        spans.add(result.spanId(), null, document, start, end, label);
        return this;
    }

    /** Links the annotator's spans with these surfaces (created by this scenario in the current document) into one new chain. */
    public Scenario chain(String annotator, String... surfaces) {
        return chain(annotator, Arrays.stream(surfaces).mapToLong(s -> spanId(annotator, s)).toArray());
    }

    /** Links the annotator's spans that start at these offsets (created by this scenario in the current document) into one new chain. */
    public Scenario chainAt(String annotator, int... starts) {
        return chain(annotator, Arrays.stream(starts).mapToLong(start -> spanAt(annotator, start)).toArray());
    }

    /** Links these spans of the annotator's layer into one new chain. */
    public Scenario chain(String annotator, long... spanIds) {
        List<Move> moves = Arrays.stream(spanIds).mapToObj(id -> new Move(id, MoveMentions.NEW_CHAIN)).toList();
        lastChain = apply(annotator, new MoveMentions(moves)).chainId();
        return this;
    }

    /** Any operation on the annotator's layer of the current document, on its current revision. */
    public OperationResult apply(String annotator, Operation operation) {
        UserAccount who = user(annotator);
        long document = currentDocument();
        long revision = services.annotations().layer(who, document).revision();
        return services.annotations().apply(who, document, revision, null, operation);
    }

    // --- what was built -------------------------------------------------------------------------------------

    public Project project() {
        if (project == null) {
            project = services.projects().create(lead(), projectName + " " + tag, "");
        }
        return project;
    }

    public long projectId() {
        return project().id();
    }

    public UserAccount lead() {
        if (lead == null) {
            lead("lead");
        }
        return lead;
    }

    /** Anyone this scenario created, by the short name it was given. */
    public UserAccount user(String name) {
        UserAccount user = people.get(name);
        if (user == null) {
            throw new IllegalArgumentException("No one named " + name + " in this scenario: " + people.keySet());
        }
        return user;
    }

    /** The scenario's lead, annotators (in the order added) and project, for tests written against {@link Teams}. */
    public Teams.Team team() {
        return new Teams.Team(lead(), List.copyOf(annotators), project());
    }

    public long documentId() {
        return currentDocument();
    }

    public long documentId(String name) {
        Long id = documents.get(name);
        if (id == null) {
            throw new IllegalArgumentException("No document named " + name + " in this scenario: " + documents.keySet());
        }
        return id;
    }

    /** Every document's id, in the order added. */
    public List<Long> documentIds() {
        return List.copyOf(documents.values());
    }

    /** The id of the last span created. */
    public long lastSpan() {
        return spans.last();
    }

    /** The id of the chain the last {@link #chain} step created. */
    public long lastChain() {
        if (lastChain == null) {
            throw new IllegalStateException("No chain created yet");
        }
        return lastChain;
    }

    /** The annotator's span over {@code surface} in the current document (one this scenario created). */
    public long spanId(String annotator, String surface) {
        return spans.over(annotator, currentDocument(), surface);
    }

    /** The annotator's span starting at {@code start} in the current document (one this scenario created). */
    public long spanAt(String annotator, int start) {
        return spans.at(annotator, currentDocument(), start);
    }

    /** Every span this scenario created, in order. */
    public List<CreatedSpan> spans() {
        return spans.all();
    }

    private long currentDocument() {
        if (current == null) {
            throw new IllegalStateException("No document yet: add one with document(name, text)");
        }
        return current;
    }
}

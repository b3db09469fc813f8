package jp.tsunagu.identity;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

import jp.tsunagu.organization.StaffMember;
import jp.tsunagu.organization.StaffMemberRepository;
import jp.tsunagu.routing.GroupNames;

/**
 * Names, not ids, wherever people read who did or holds something (issue 24): 「むつ市」 for
 * {@code municipality-022080}, 「下北圏域アドバイザー」 for {@code adviser-shimokita}, a person's name for
 * {@code muni.022080}. The one lookup for our pages (templates call {@code ${@names.person(id)}}),
 * the CSV, the home page and Tasklist's task header ({@code security.TasklistPeopleNames}).
 * <p>
 * A person is named by their staff record (our table, the name the center keeps), else by their
 * Camunda user (family name first), else by the id, so that nobody disappears from a log. A group
 * is named from our regions and municipalities ({@link GroupNames}), else by the Camunda group's
 * name. Names are read without the reader's own grants: a municipal officer may read who recorded a
 * visit on a case they see without being allowed to list the center's staff, and only the name is
 * given, never an address. Read names are kept a minute: a page of 100 audit lines asks once per
 * person, and a renamed person shows their new name a minute later.
 */
@Component("names")
public class Names {

    /** How nobody is shown (no assignee, no recorder). */
    public static final String NOBODY = "—";

    private static final long KEPT_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final GroupNames groupNames;
    private final StaffMemberRepository staff;
    private final ProcessEngine engine;
    private final Map<String, Kept> people = new ConcurrentHashMap<>();
    private volatile KeptNaming groups;

    private record Kept(String name, long until) {
    }

    private record KeptNaming(UnaryOperator<String> naming, long until) {
    }

    public Names(GroupNames groupNames, StaffMemberRepository staff, ProcessEngine engine) {
        this.groupNames = groupNames;
        this.staff = staff;
        this.engine = engine;
    }

    /** A person as people call them: 「支援センター 担当者」, 「下北圏域アドバイザー」; {@link #NOBODY} for none. */
    public String person(String userId) {
        if (userId == null || userId.isBlank()) {
            return NOBODY;
        }
        long now = System.nanoTime();
        Kept kept = people.get(userId);
        if (kept != null && now - kept.until() < 0) {
            return kept.name();
        }
        String name = lookUpPerson(userId);
        if (name != null) {
            people.put(userId, new Kept(name, now + KEPT_NANOS));
            return name;
        }
        // not cached: a person created in the next minute gets their name at once
        return userId;
    }

    /** A group as people call it: 「むつ市」, 「下北圏域アドバイザー」, 「小児在宅支援センター」. */
    public String group(String groupId) {
        if (groupId == null || groupId.isBlank()) {
            return NOBODY;
        }
        String named = groupNaming().apply(groupId);
        if (!named.equals(groupId)) {
            return named;
        }
        Group group = asEngine(() -> engine.getIdentityService().createGroupQuery().groupId(groupId).singleResult());
        return group != null && group.getName() != null && !group.getName().isBlank() ? group.getName() : groupId;
    }

    /** Several groups joined as a sentence lists them: 「むつ市、下北圏域アドバイザー」. */
    public String groups(List<String> groupIds) {
        return String.join("、", groupIds.stream().map(this::group).toList());
    }

    private UnaryOperator<String> groupNaming() {
        long now = System.nanoTime();
        KeptNaming kept = groups;
        if (kept == null || now - kept.until() >= 0) {
            kept = new KeptNaming(groupNames.naming(), now + KEPT_NANOS);
            groups = kept;
        }
        return kept.naming();
    }

    private String lookUpPerson(String userId) {
        String recorded = staff.findByUserIdOrderById(userId).stream().map(StaffMember::getDisplayName)
                .filter(name -> name != null && !name.isBlank()).findFirst().orElse(null);
        if (recorded != null) {
            return recorded.strip();
        }
        User user = asEngine(() -> engine.getIdentityService().createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return null;
        }
        String name = (blankIfNull(user.getLastName()) + " " + blankIfNull(user.getFirstName())).strip();
        return name.isEmpty() ? null : name;
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text.strip();
    }

    /** Reads the identity tables whatever the reader may list there (only a name leaves this class). */
    private <T> T asEngine(Supplier<T> read) {
        CommandContext context = Context.getCommandContext();
        if (context != null) {
            return context.runWithoutAuthorization(read::get);
        }
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(command -> command.runWithoutAuthorization(read::get));
    }
}

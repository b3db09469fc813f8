package jp.tsunagu.mail;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Who is concerned by a task: its assignee when it has one (the task is theirs, the group no
 * longer sees it as open to take), else its candidate users and every member of its candidate
 * groups, as the identity tables say now. People who switched mail off or whose staff record
 * holds no address are left out.
 */
@Component
public class Recipients {

    private final IdentityService identity;
    private final MailSettings settings;

    public Recipients(IdentityService identity, MailSettings settings) {
        this.identity = identity;
        this.settings = settings;
    }

    public Set<String> of(String assignee, Collection<? extends IdentityLink> links) {
        Set<String> people = new TreeSet<>();
        if (assignee != null) {
            people.add(assignee);
        } else {
            for (IdentityLink link : links) {
                if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                    continue;
                }
                if (link.getUserId() != null) {
                    people.add(link.getUserId());
                }
                if (link.getGroupId() != null) {
                    membersOf(link.getGroupId()).forEach(people::add);
                }
            }
        }
        return reachable(people);
    }

    /** Of these people, those who receive mail: not switched off, with an address. */
    public Set<String> reachable(Set<String> people) {
        Set<String> reachable = new TreeSet<>(people);
        reachable.removeAll(settings.switchedOff(people));
        reachable.removeIf(person -> settings.addressOf(person).isEmpty());
        return reachable;
    }

    /**
     * The group's members, whatever the person whose command made the task may read of the
     * identity tables (a municipal officer may not list the center's staff).
     */
    private List<String> membersOf(String groupId) {
        return asEngine(() -> identity.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).toList());
    }

    private static <T> T asEngine(Callable<T> work) {
        CommandContext context = Context.getCommandContext();
        try {
            return context == null ? work.call() : context.runWithoutAuthorization(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

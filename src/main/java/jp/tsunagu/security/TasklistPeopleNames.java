package jp.tsunagu.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.rest.UserRestService;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.hal.HalLinkResolver;
import org.camunda.bpm.engine.rest.hal.HalResource;
import org.camunda.bpm.engine.rest.hal.user.HalUser;
import org.camunda.bpm.engine.rest.hal.user.HalUserResolver;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import jp.tsunagu.identity.Names;

/**
 * Tasklist names the people of a task (its assignee, owner, candidate users; in the task header
 * and the list) from the HAL form of the task it asks for, which embeds each person as Camunda
 * reads them: only people the reader may READ on the USER resource, else just the id
 * ({@code muni.022080}). Issue 24 wants names there.
 * <p>
 * A global READ on USER would have been one grant, but it opens {@code GET /user} to everyone: the
 * whole staff of the prefecture, with each person's mail address, to any municipal officer. So
 * instead, the HAL embedding of people (and only it) gives the person's name as our pages give it
 * ({@link Names#person}), without the address and without the reader's grant on USER: it is reached
 * only through a task the reader may already read. {@code /user}, {@code /user/{id}/profile} and
 * the Admin app stay as Camunda guards them. Groups need no such thing: everybody may read groups
 * (identity.RoleGrants), organizations' names being nobody's personal data.
 * <p>
 * The name travels as the first name with an empty last name, so that Tasklist, which writes
 * "first last", shows exactly our name (family name first, as the staff records hold it).
 */
@Component
public class TasklistPeopleNames implements InitializingBean, DisposableBean {

    /** Per engine: a JVM running several applications (the tests) names each engine's people from its own tables. */
    private static final Map<ProcessEngine, Names> NAMES_BY_ENGINE = new ConcurrentHashMap<>();

    private final ProcessEngine engine;
    private final Names names;

    public TasklistPeopleNames(ProcessEngine engine, Names names) {
        this.engine = engine;
        this.names = names;
    }

    @Override
    public void afterPropertiesSet() {
        NAMES_BY_ENGINE.put(engine, names);
        synchronized (Hal.class) {
            if (!(Hal.getInstance() instanceof NamingHal)) {
                Hal.instance = new NamingHal();
            }
        }
    }

    @Override
    public void destroy() {
        NAMES_BY_ENGINE.remove(engine);
    }

    /** Camunda's HAL with our resolver for people; groups, definitions and the rest as Camunda resolves them. */
    static final class NamingHal extends Hal {
        NamingHal() {
            halLinkResolvers.put(UserRestService.class, new NameOnlyUserResolver());
        }
    }

    /** People as their names only: no address, nothing else of the profile. */
    static final class NameOnlyUserResolver implements HalLinkResolver {

        private final HalLinkResolver camundas = new HalUserResolver();

        @Override
        public List<HalResource<?>> resolveLinks(String[] linkedIds, ProcessEngine processEngine) {
            Names names = NAMES_BY_ENGINE.get(processEngine);
            if (names == null) {
                // an engine this application did not start: Camunda's own, with the reader's grants
                return camundas.resolveLinks(linkedIds, processEngine);
            }
            List<HalResource<?>> people = new ArrayList<>();
            for (String userId : linkedIds) {
                String name = names.person(userId);
                if (name.equals(userId)) {
                    continue; // nobody of that id, or without a name: Tasklist shows the id, as before
                }
                UserEntity named = new UserEntity(userId);
                named.setFirstName(name);
                named.setLastName("");
                people.add(HalUser.fromUser(named));
            }
            return people;
        }
    }
}

package jp.tsunagu.grants;

import java.util.Set;

/**
 * What a person may send with one of the flows' messages (a move, a new date, a review request):
 * each flow declares its messages as beans, and {@link UserWriteGuard} refuses any other variable
 * in a correlation, so that a message is never a way to rewrite routing or access.
 */
public record MessagePayload(String messageName, Set<String> variables) {

    public MessagePayload {
        variables = Set.copyOf(variables);
    }
}

package jp.tsunagu.discharge;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.tsunagu.grants.MessagePayload;

/**
 * What the center sends with the discharge's messages (IntermediateCatch and boundary events of
 * {@code discharge-transition}); nothing else may ride on them.
 */
@Configuration(proxyBeanMethods = false)
class DischargeMessages {

    @Bean
    MessagePayload dischargeCaseMoved() {
        return new MessagePayload(DischargeVariables.MOVED_MESSAGE, Set.of(DischargeVariables.NEW_MUNICIPALITY_CODE.name()));
    }

    @Bean
    MessagePayload dischargeDateChanged() {
        return new MessagePayload(DischargeVariables.DATE_CHANGED_MESSAGE, Set.of(DischargeVariables.NEW_DISCHARGE_DATE.name()));
    }

    @Bean
    MessagePayload dischargeReadmitted() {
        return new MessagePayload(DischargeVariables.READMITTED_MESSAGE, Set.of());
    }

    @Bean
    MessagePayload dischargeMovePlanned() {
        return new MessagePayload(DischargeVariables.MOVE_PLANNED_MESSAGE,
                Set.of(DischargeVariables.PLANNED_MUNICIPALITY_CODE.name(), DischargeVariables.PLANNED_MOVE_DATE.name()));
    }
}

package jp.tsunagu.evacuation;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.tsunagu.grants.MessagePayload;

/** A review request (the boundary event of {@code evacuation-plan}) carries its reason, nothing else. */
@Configuration(proxyBeanMethods = false)
class EvacuationMessages {

    @Bean
    MessagePayload evacuationPlanReviewRequested() {
        return new MessagePayload(EvacuationVariables.REVIEW_MESSAGE, Set.of(EvacuationVariables.REVIEW_REASON.name()));
    }
}

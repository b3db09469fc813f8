package jp.tsunagu.regional;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import jp.tsunagu.access.StartRights;
import jp.tsunagu.organization.RegionRepository;
import jp.tsunagu.process.BusinessKeyPrefix;
import jp.tsunagu.process.BusinessKeys;
import jp.tsunagu.process.CurrentUser;
import jp.tsunagu.process.ProcessVariables;
import jp.tsunagu.routing.Routing;

/**
 * StartEvent_ActivityPlanned: checks the region (an adviser starts for a region they cover, the
 * center for any: {@link StartRights#checkRegionalActivity}) and the theme, gives the business key
 * REG-&lt;year&gt;-&lt;seq&gt; and stores the activity. Any refusal rolls the whole start back.
 */
@Component("registerRegionalActivity")
public class RegisterRegionalActivity implements ExecutionListener {

    private final Routing routing;
    private final RegionRepository regions;
    private final StartRights startRights;
    private final BusinessKeys businessKeys;
    private final RegionalActivityRepository activities;
    private final CurrentUser currentUser;
    private final Clock clock;

    public RegisterRegionalActivity(Routing routing, RegionRepository regions, StartRights startRights,
            BusinessKeys businessKeys, RegionalActivityRepository activities, CurrentUser currentUser, Clock clock) {
        this.routing = routing;
        this.regions = regions;
        this.startRights = startRights;
        this.businessKeys = businessKeys;
        this.activities = activities;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String regionId = ProcessVariables.REGION_ID.required(execution);
        routing.advisersOfRegion(regionId); // refuses an unknown region
        startRights.checkRegionalActivity(regionId);
        String theme = RegionalVariables.THEME.required(execution);

        String businessKey = businessKeys.next(BusinessKeyPrefix.REGIONAL_ACTIVITY);
        execution.setProcessBusinessKey(businessKey);
        ProcessVariables.REGION_ID.set(execution, regionId);
        activities.save(new RegionalActivity(businessKey, execution.getProcessInstanceId(),
                regions.getReferenceById(regionId), theme, currentUser.userId().orElse(null), clock.instant()));
    }
}

package jp.tsunagu.casework;

/** How many children's cases one coordinator (staff member id) has. */
public record CoordinatorCaseLoad(Long staffMemberId, long cases) {
}

package jp.tsunagu.organization;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A person who works on cases, linked to their Camunda user by {@code userId}. Routing never
 * goes to a person by region: it goes to the region's group; this record says who is in it.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String userId;

    private String displayName;

    /** Work mail address for notices of tasks (never a child's data); none: no mail. */
    private String email;

    @Enumerated(EnumType.STRING)
    private StaffRole role;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "staff_member_region",
            joinColumns = @JoinColumn(name = "staff_member_id"),
            inverseJoinColumns = @JoinColumn(name = "region_id"))
    private Set<Region> regions = new HashSet<>();

    /** 養成研修・育成研修 finished, with the year: the adviser's selection weighs them. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_training", joinColumns = @JoinColumn(name = "staff_member_id"))
    private Set<Training> trainings = new HashSet<>();

    protected StaffMember() {
    }

    public StaffMember(String userId, String displayName, StaffRole role, Gender gender,
            Organization organization, Set<Region> regions) {
        this.userId = userId;
        this.displayName = displayName;
        this.role = role;
        this.gender = gender;
        this.organization = organization;
        this.regions = new HashSet<>(regions);
    }

    public Long getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    /** Sets or clears the address mail about tasks goes to (blank is none). */
    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public StaffRole getRole() {
        return role;
    }

    public Gender getGender() {
        return gender;
    }

    public Organization getOrganization() {
        return organization;
    }

    public Set<Region> getRegions() {
        return Collections.unmodifiableSet(regions);
    }

    public boolean covers(Region region) {
        return regions.stream().anyMatch(r -> r.getId().equals(region.getId()));
    }

    /** The trainings finished, oldest first. */
    public java.util.List<Training> getTrainings() {
        return trainings.stream().sorted(java.util.Comparator.comparingInt(Training::year)
                .thenComparing(Training::course)).toList();
    }

    /** Records a finished training; the same course and year again changes nothing. */
    public void addTraining(Training training) {
        trainings.add(training);
    }

    public boolean removeTraining(Training training) {
        return trainings.remove(training);
    }

    /** Finished 養成研修 (any year): may coordinate a medical-care case. */
    public boolean finishedBasicTraining() {
        return trainings.stream().anyMatch(training -> training.course() == TrainingCourse.BASIC);
    }
}

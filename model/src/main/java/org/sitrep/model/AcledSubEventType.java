package org.sitrep.model;

import static org.sitrep.model.AcledEventType.*;

/** ACLED's 25 sub-event types, each with its event type, label and the contract's coarse kind. */
public enum AcledSubEventType {
  ARMED_CLASH(BATTLES, "Armed clash", EventKind.CLASH),
  GOVERNMENT_REGAINS_TERRITORY(BATTLES, "Government regains territory", EventKind.TERRITORY),
  NON_STATE_ACTOR_OVERTAKES_TERRITORY(
      BATTLES, "Non-state actor overtakes territory", EventKind.TERRITORY),
  CHEMICAL_WEAPON(EXPLOSIONS_REMOTE_VIOLENCE, "Chemical weapon", EventKind.EXPLOSION),
  AIR_DRONE_STRIKE(EXPLOSIONS_REMOTE_VIOLENCE, "Air/drone strike", EventKind.EXPLOSION),
  SUICIDE_BOMB(EXPLOSIONS_REMOTE_VIOLENCE, "Suicide bomb", EventKind.EXPLOSION),
  SHELLING_ARTILLERY_MISSILE(
      EXPLOSIONS_REMOTE_VIOLENCE, "Shelling/artillery/missile attack", EventKind.EXPLOSION),
  REMOTE_EXPLOSIVE(
      EXPLOSIONS_REMOTE_VIOLENCE, "Remote explosive/landmine/IED", EventKind.EXPLOSION),
  GRENADE(EXPLOSIONS_REMOTE_VIOLENCE, "Grenade", EventKind.EXPLOSION),
  SEXUAL_VIOLENCE(VIOLENCE_AGAINST_CIVILIANS, "Sexual violence", EventKind.VIOLENCE),
  ATTACK(VIOLENCE_AGAINST_CIVILIANS, "Attack", EventKind.VIOLENCE),
  ABDUCTION(VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance", EventKind.VIOLENCE),
  PEACEFUL_PROTEST(PROTESTS, "Peaceful protest", EventKind.PROTEST),
  PROTEST_WITH_INTERVENTION(PROTESTS, "Protest with intervention", EventKind.PROTEST),
  EXCESSIVE_FORCE_AGAINST_PROTESTERS(
      PROTESTS, "Excessive force against protesters", EventKind.PROTEST),
  VIOLENT_DEMONSTRATION(RIOTS, "Violent demonstration", EventKind.RIOT),
  MOB_VIOLENCE(RIOTS, "Mob violence", EventKind.RIOT),
  AGREEMENT(STRATEGIC_DEVELOPMENTS, "Agreement", EventKind.STATEMENT),
  ARRESTS(STRATEGIC_DEVELOPMENTS, "Arrests", EventKind.OTHER),
  CHANGE_TO_GROUP_ACTIVITY(STRATEGIC_DEVELOPMENTS, "Change to group/activity", EventKind.STATEMENT),
  DISRUPTED_WEAPONS_USE(STRATEGIC_DEVELOPMENTS, "Disrupted weapons use", EventKind.OTHER),
  HEADQUARTERS_OR_BASE_ESTABLISHED(
      STRATEGIC_DEVELOPMENTS, "Headquarters or base established", EventKind.TERRITORY),
  LOOTING_PROPERTY_DESTRUCTION(
      STRATEGIC_DEVELOPMENTS, "Looting/property destruction", EventKind.OTHER),
  NON_VIOLENT_TRANSFER_OF_TERRITORY(
      STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory", EventKind.TERRITORY),
  OTHER(STRATEGIC_DEVELOPMENTS, "Other", EventKind.STATEMENT);

  private final AcledEventType eventType;
  private final String label;
  private final EventKind defaultKind;

  AcledSubEventType(AcledEventType eventType, String label, EventKind defaultKind) {
    this.eventType = eventType;
    this.label = label;
    this.defaultKind = defaultKind;
  }

  public AcledEventType eventType() {
    return eventType;
  }

  public String label() {
    return label;
  }

  public EventKind defaultKind() {
    return defaultKind;
  }

  public static AcledSubEventType fromLabel(String label) {
    for (AcledSubEventType t : values()) {
      if (t.label.equalsIgnoreCase(label)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown ACLED sub-event type: " + label);
  }
}

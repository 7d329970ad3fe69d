package io.github.engagementrules.model;

/** Communication channels the decision points the public or the team to. */
public enum Channel {
  /** www.police.uk. */
  POLICE_UK,
  /** www.intheknow.community. */
  IN_THE_KNOW,
  /** The Safer Neighbourhood Team's Facebook account. */
  FACEBOOK,
  /** The Safer Neighbourhood Team's Twitter account. */
  TWITTER,
  /** Facebook Neighbourhood Panels, for people who find it hard to attend in person. */
  FACEBOOK_NEIGHBOURHOOD_PANEL,
  /** Local radio (seed 003: traditional media so that nobody is missed). */
  LOCAL_RADIO,
  /** Local newspapers (seed 003). */
  LOCAL_NEWSPAPER
}

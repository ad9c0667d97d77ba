package org.harambee.referrals.model;

import java.util.UUID;

/** Where the child was referred from: the community and its unit (the path decides who may see the referral). */
public record Place(UUID communityId, UUID unitId, String unitPath) {}

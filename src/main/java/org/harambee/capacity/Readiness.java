package org.harambee.capacity;

import java.util.UUID;
import org.springframework.stereotype.Service;

/** The capacity module's API: the readiness of an area (a district, or any unit) for the approach. */
@Service
public class Readiness {

    /** The readiness of the area at this unit, every configured criterion evaluated live. */
    public DistrictReadiness evaluate(UUID unitId) {
        throw new UnsupportedOperationException("readiness is evaluated by the capacity module");
    }
}

package org.harambee.agreements;

import java.util.List;
import org.springframework.stereotype.Service;

/** The agreements module's API for other modules (scale-up gates, indicators). */
@Service
public class Agreements {

    /** Agreements in force placed in the subtree at {@code areaPath}, by title. */
    public List<AgreementRef> inForceWithin(String areaPath) {
        throw new UnsupportedOperationException("agreements are read by the agreements module");
    }
}

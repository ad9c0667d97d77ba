package org.harambee;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Harambee: community-led child protection at scale. */
@Modulithic(sharedModules = "system")
@SpringBootApplication
@ConfigurationPropertiesScan
public class HarambeeApplication {

    public static void main(String[] args) {
        SpringApplication.run(HarambeeApplication.class, args);
    }
}

package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Counts take the singular for one and the plural for more, in English, French and Swahili ("1 link", not "1 links"). */
class PluralMessagesTests {

    @Test
    void englishCountsAgreeWithTheirNumber() throws IOException {
        Properties en = load("messages.properties");
        assertThat(format(en, "spread.network.count", 1, 1)).isEqualTo("1 community, 1 link");
        assertThat(format(en, "spread.network.count", 4, 3)).isEqualTo("4 communities, 3 links");
        assertThat(format(en, "communities.count", 1)).isEqualTo("1 community");
        assertThat(format(en, "clusters.memberCount", 1)).isEqualTo("1 community");
        assertThat(format(en, "referrals.count", 1)).isEqualTo("1 referral");
        assertThat(format(en, "referrals.count", 1200)).isEqualTo("1,200 referrals");
        assertThat(format(en, "referrals.sms.attempts", 1)).isEqualTo("1 attempt");
        assertThat(format(en, "capacity.training.completedCount", 1, 1)).isEqualTo("1 of 1 participant");
        assertThat(format(en, "scaleup.rollout.summary", 1, 1, "2026-03-01"))
                .isEqualTo("1 cluster, 1 wave from 2026-03-01");
        assertThat(format(en, "audit.intact", 1)).isEqualTo("The chain is intact: 1 line checked.");
        assertThat(format(en, "imports.progress", 0, 1)).isEqualTo("0 of 1 unit written");
        assertThat(format(en, "communities.map.withoutBoundary", 1))
                .isEqualTo("1 community is not drawn: its place has no boundary.");
        assertThat(format(en, "communities.map.drawn", 1)).startsWith("1 community on the map");
    }

    @Test
    void frenchCountsAgreeWithTheirNumber() throws IOException {
        Properties fr = load("messages_fr.properties");
        assertThat(format(fr, "spread.network.count", 1, 1)).isEqualTo("1 communauté, 1 lien");
        assertThat(format(fr, "spread.network.count", 4, 3)).isEqualTo("4 communautés, 3 liens");
        assertThat(format(fr, "referrals.count", 1)).isEqualTo("1 orientation");
        assertThat(format(fr, "audit.intact", 1)).isEqualTo("La chaîne est intacte : 1 ligne vérifiée.");
        assertThat(format(fr, "imports.progress", 1, 9)).isEqualTo("1 unité enregistrée sur 9");
        assertThat(format(fr, "communities.map.withoutBoundary", 2))
                .isEqualTo("2 communautés ne sont pas dessinées : leur lieu n’a pas de limites.");
    }

    @Test
    void swahiliCountsAgreeWithTheirNumber() throws IOException {
        Properties sw = load("messages_sw.properties");
        assertThat(format(sw, "spread.network.count", 1, 1)).isEqualTo("Jamii 1, kiungo 1");
        assertThat(format(sw, "spread.network.count", 4, 3)).isEqualTo("Jamii 4, viungo 3");
        assertThat(format(sw, "referrals.sms.attempts", 1)).isEqualTo("jaribio 1");
        assertThat(format(sw, "scaleup.rollout.summary", 1, 2, "2026-03-01"))
                .isEqualTo("Kundi 1, mawimbi 2 kuanzia 2026-03-01");
        assertThat(format(sw, "audit.intact", 1)).isEqualTo("Mnyororo uko salama: mstari 1 umekaguliwa.");
        assertThat(format(sw, "communities.map.withoutBoundary", 1))
                .isEqualTo("Jamii 1 haijachorwa: mahali pake hapana mipaka.");
    }

    private static String format(Properties messages, String key, Object... args) {
        return new MessageFormat(messages.getProperty(key), Locale.ENGLISH).format(args);
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PluralMessagesTests.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}

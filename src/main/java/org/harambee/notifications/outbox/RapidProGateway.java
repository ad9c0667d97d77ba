package org.harambee.notifications.outbox;

import java.util.List;
import org.harambee.notifications.Channel;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.json.JsonMapper;

/**
 * SMS through RapidPro's send API, the same RapidPro the platform takes concerns from: a broadcast to one URN,
 * {@code POST <rapidpro-url>/api/v2/broadcasts.json} with {@code Authorization: Token <rapidpro-token>} and
 * {@code {"urns": ["tel:+232..."], "text": "..."}}; RapidPro answers 201 and sends it through the workspace's channel.
 */
@Component
class RapidProGateway implements Gateway {

    /** The body of a broadcast: the recipients' URNs and the text. */
    record Broadcast(List<String> urns, String text) {}

    private final String url;
    private final String token;
    private final RestClient rest;
    private final JsonMapper json;

    RapidProGateway(NotificationSettings settings, JsonMapper json) {
        String base = settings.rapidproUrl().trim();
        this.url = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.token = settings.rapidproToken().trim();
        this.json = json;
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(settings.gatewayTimeout());
        factory.setReadTimeout(settings.gatewayTimeout());
        this.rest = RestClient.builder().requestFactory(factory).build();
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public boolean configured() {
        return !url.isBlank() && !token.isBlank();
    }

    @Override
    public void deliver(Outgoing message) {
        String body = json.writeValueAsString(new Broadcast(List.of(urn(message.address())), message.text()));
        int status;
        try {
            status = rest.post()
                    .uri(url + "/api/v2/broadcasts.json")
                    .header("Authorization", "Token " + token)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(body)
                    .exchange((request, response) -> response.getStatusCode().value());
        } catch (RestClientException e) {
            throw new DeliveryFailure("RapidPro unreachable: " + e.getClass().getSimpleName());
        }
        if (status < 200 || status > 299) {
            throw new DeliveryFailure("RapidPro answered HTTP " + status);
        }
    }

    /** A phone as RapidPro's URN: {@code tel:} and the number without spaces, dashes, dots or brackets. */
    static String urn(String phone) {
        return "tel:" + phone.replaceAll("[\\s().-]", "");
    }
}
